package catalog.infra.db;

import catalog.domain.classification.Kind;
import catalog.domain.product.ClassificationRef;
import catalog.domain.product.ProductFields;
import catalog.domain.product.ProductView;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** How reads select a product with its classifications' names, and turn the row into a {@link ProductView}. */
final class ProductViews {
  /** The product's own columns, read from {@code product p}; {@link #unnamed} reads them by position. */
  static final String COLUMNS = "p.id, " + ProductRows.columns("p.") + ", p.version, p.discarded, p.created_at, p.updated_at";

  /**
   * The classifications' names for one product, one scalar subquery per kind on the row of {@code p}:
   * unlike six outer joins they leave the planner a single relation to plan (planning eight-way joins
   * cost more than running a page). For a single product that is six primary-key lookups; a page names
   * its rows with {@link #named} instead.
   */
  static final String NAMES = names();

  /** The one-row table of migration V8 whose number changes whenever a classification's name may have. */
  private static final String NAMES_GENERATION_TABLE = "classification_names_generation";

  /**
   * The names of the classifications a page refers to that {@link ClassificationNames} does not know:
   * each kind's distinct ids in one array, one statement for all six, with the generation its snapshot
   * saw. Six scalar subqueries on each of a page's 51 rows were 306 index lookups, and measured with
   * pgbench they were 40 % of the database's time for the page; outer joins on the page cost 16 % more
   * than this statement and the page together, and about 4 ms more planning each time. This statement cost
   * a fifth of a brand list's CPU (service and database) at 16 clients, so a page reads it only for the
   * names the service does not keep already.
   */
  private static final String NAMES_OF_IDS = namesOfIds();

  /**
   * The generation of the classifications' names in the statement's snapshot, as a column (an InitPlan:
   * read once per statement): a list's page statement selects it so that {@link #named} can take the
   * names it knows for that generation instead of reading them again.
   */
  static final String NAMES_GENERATION = "(SELECT generation FROM " + NAMES_GENERATION_TABLE + ") AS names_generation";

  /**
   * The kinds in order. A page's rows are walked kind by kind with {@code get}, not through their maps'
   * entries, which an EnumMap allocates one by one.
   */
  private static final Kind[] KINDS = Kind.values();

  private ProductViews() {}

  /** A product row read without its classifications' names. */
  record Unnamed(UUID id, ProductFields fields, long version, boolean discarded, Instant createdAt,
      Instant updatedAt) {}

  /** The row of a statement that selected {@link #COLUMNS} and {@link #NAMES}. */
  static ProductView view(ResultSet rs) throws SQLException {
    Unnamed row = unnamed(rs);
    Map<Kind, ClassificationRef> refs = new EnumMap<>(Kind.class);
    for (Map.Entry<Kind, UUID> ref : row.fields().classifications().entrySet()) {
      String name = rs.getString(Tables.JOIN_ALIAS.get(ref.getKey()) + "_name");
      refs.put(ref.getKey(), new ClassificationRef(ref.getValue(), name));
    }
    return view(row, refs);
  }

  /**
   * The row of a statement that selected {@link #COLUMNS} first, to be named with {@link #named}. Read by
   * position, as {@link ProductRows#read} reads.
   */
  static Unnamed unnamed(ResultSet rs) throws SQLException {
    int after = 2 + ProductRows.READ_COUNT;
    return new Unnamed(
        rs.getObject(1, UUID.class),
        ProductRows.read(rs, 2),
        rs.getLong(after),
        rs.getBoolean(after + 1),
        rs.getTimestamp(after + 2).toInstant(),
        rs.getTimestamp(after + 3).toInstant());
  }

  /**
   * The rows with their classifications' names: those {@code known} keeps for {@code generation} (the
   * generation the rows' own statement saw; null when it did not read one), and the rest read in one
   * statement, which {@code known} then keeps.
   */
  static List<ProductView> named(Connection c, List<Unnamed> rows, ClassificationNames known, Long generation)
      throws SQLException {
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<Kind, Set<UUID>> wanted = new EnumMap<>(Kind.class);
    Map<Kind, Map<UUID, String>> names = new EnumMap<>(Kind.class);
    for (Kind kind : Kind.values()) {
      wanted.put(kind, new LinkedHashSet<>());
      names.put(kind, new HashMap<>());
    }
    for (Unnamed row : rows) {
      Map<Kind, UUID> ids = row.fields().classifications();
      for (Kind kind : KINDS) {
        UUID id = ids.get(kind);
        if (id != null) {
          wanted.get(kind).add(id);
        }
      }
    }
    if (generation != null) {
      known.lookUp(generation, wanted, names);
    }
    if (wanted.values().stream().anyMatch(ids -> !ids.isEmpty())) {
      read(c, wanted, names, known);
    }
    List<ProductView> views = new ArrayList<>(rows.size());
    for (Unnamed row : rows) {
      Map<Kind, UUID> ids = row.fields().classifications();
      Map<Kind, ClassificationRef> refs = new EnumMap<>(Kind.class);
      for (Kind kind : KINDS) {
        UUID id = ids.get(kind);
        if (id != null) {
          refs.put(kind, new ClassificationRef(id, names.get(kind).get(id)));
        }
      }
      views.add(view(row, refs));
    }
    return views;
  }

  /** Reads the names of the {@code wanted} ids into {@code names}, and has {@code known} keep them. */
  private static void read(Connection c, Map<Kind, Set<UUID>> wanted, Map<Kind, Map<UUID, String>> names,
      ClassificationNames known) throws SQLException {
    Map<Kind, Map<UUID, String>> read = new EnumMap<>(Kind.class);
    long generation = Long.MIN_VALUE;
    try (PreparedStatement ps = c.prepareStatement(NAMES_OF_IDS)) {
      List<Array> arrays = new ArrayList<>();
      try {
        int p = 1;
        for (Kind kind : Kind.values()) {
          Array array = c.createArrayOf("uuid", wanted.get(kind).toArray());
          arrays.add(array);
          ps.setArray(p++, array);
          read.put(kind, new HashMap<>());
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            read.get(Kind.values()[rs.getInt(1)]).put(rs.getObject(2, UUID.class), rs.getString(3));
            generation = rs.getLong(4);
          }
        }
      } finally {
        for (Array array : arrays) {
          array.free();
        }
      }
    }
    read.forEach((kind, byId) -> names.get(kind).putAll(byId));
    if (generation != Long.MIN_VALUE) {
      known.learn(generation, read);
    }
  }

  private static ProductView view(Unnamed row, Map<Kind, ClassificationRef> refs) {
    return new ProductView(row.id(), row.fields(), refs, row.version(), row.discarded(), row.createdAt(),
        row.updatedAt());
  }

  private static String names() {
    StringBuilder sql = new StringBuilder();
    for (Kind kind : Kind.values()) {
      String alias = Tables.JOIN_ALIAS.get(kind);
      sql.append(", (SELECT ").append(alias).append(".name FROM ").append(Tables.CLASSIFICATION_TABLE.get(kind))
          .append(' ').append(alias).append(" WHERE ").append(alias).append(".id = p.")
          .append(Tables.REFERENCE_COLUMN.get(kind)).append(") AS ").append(alias).append("_name");
    }
    return sql.toString();
  }

  private static String namesOfIds() {
    List<String> parts = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      parts.add("SELECT " + kind.ordinal() + " AS kind, id, name FROM " + Tables.CLASSIFICATION_TABLE.get(kind)
          + " WHERE id = ANY(?)");
    }
    return "SELECT n.kind, n.id, n.name, g.generation FROM (" + String.join(" UNION ALL ", parts)
        + ") n CROSS JOIN " + NAMES_GENERATION_TABLE + " g";
  }
}
