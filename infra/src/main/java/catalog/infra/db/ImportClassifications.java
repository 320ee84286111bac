package catalog.infra.db;

import catalog.domain.classification.ClassificationName;
import catalog.domain.classification.Kind;
import catalog.domain.importing.ClassificationIds;
import catalog.domain.product.ProductFields;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The classifications an import refers to, so that reading rows seldom waits for the database: the
 * live ones of each kind are read up front (unless a kind has more than {@link #PREFETCH_LIMIT}), a
 * name not among them gets a new id at once and is created by the batch writer before the first
 * batch that uses it (see {@link NewClassifications}), and an id not among them is looked up once.
 * The connection is shared with the batch writer under a lock.
 *
 * <p>Names are matched as the database's {@code lower()} matches them, which is what makes a name unique.
 * The live ones are read by their {@code lower(name)}, and a name read from a row is folded code point by
 * code point ({@link ClassificationName#fold}), which is what {@code lower()} does in a UTF-8 locale. A
 * database whose {@code lower()} does otherwise (a C or Turkish locale, an ICU collation) is found out at
 * the start by folding a few letters both ways: names are then read ahead by their exact spelling only, and
 * any other spelling is looked up in the database. (Folding with {@link String#toLowerCase} linked a row
 * naming the brand "ΣΊΣΥΦΟΣ" to another live brand, "σίσυφος".)
 *
 * <p>What was read ahead can change while the import runs: the batch writer asks the database about the
 * classifications each batch refers to before it inserts the batch ({@link #changedMeanwhile}). One
 * discarded since, or renamed since a row named it, fails the batch's rows that refer to it, and later
 * rows look its name up again.
 */
final class ImportClassifications implements ClassificationIds {
  static final int PREFETCH_LIMIT = 20_000;
  private static final String LIVE = "SELECT id, lower(name) FROM %s WHERE NOT discarded LIMIT ?";
  /** Letters that lower() folds otherwise in a C, a Turkish or an ICU locale than in a UTF-8 one. */
  private static final String PROBE = "AÉΣİIЖ";
  private static final String FIND_BY_NAME = "SELECT id FROM %s WHERE lower(name) = lower(?) AND NOT discarded";
  private static final String IS_LIVE = "SELECT NOT discarded FROM %s WHERE id = ?";

  private final Connection connection;
  private final ReentrantLock connectionLock;
  private final Map<Kind, Map<String, UUID>> byName = new EnumMap<>(Kind.class);
  private final Map<Kind, Map<UUID, Boolean>> live = new EnumMap<>(Kind.class);
  /** The ids rows named, each with the folded name a row named it by. */
  private final Map<Kind, Map<UUID, String>> named = new EnumMap<>(Kind.class);
  private final Set<Kind> complete = EnumSet.noneOf(Kind.class);
  private final NewClassifications created;
  private final boolean foldsAsDatabase;

  private ImportClassifications(Connection connection, ReentrantLock connectionLock, Instant now,
      boolean foldsAsDatabase) {
    this.connection = connection;
    this.connectionLock = connectionLock;
    this.foldsAsDatabase = foldsAsDatabase;
    this.created = new NewClassifications(now, this::replaced);
    for (Kind kind : Kind.values()) {
      byName.put(kind, new ConcurrentHashMap<>());
      live.put(kind, new ConcurrentHashMap<>());
      named.put(kind, new ConcurrentHashMap<>());
    }
  }

  /**
   * Reads the live classifications of each kind that has at most {@code prefetchLimit}, where the
   * database folds names as {@link ClassificationName#fold} does; otherwise none.
   */
  static ImportClassifications open(Connection connection, ReentrantLock connectionLock, Instant now,
      int prefetchLimit) throws SQLException {
    boolean foldsAsDatabase = foldsAsDatabase(connection);
    ImportClassifications classifications = new ImportClassifications(connection, connectionLock, now,
        foldsAsDatabase);
    if (!foldsAsDatabase) {
      return classifications;
    }
    for (Kind kind : Kind.values()) {
      Map<String, UUID> names = new HashMap<>();
      try (PreparedStatement ps = connection.prepareStatement(LIVE.formatted(Tables.CLASSIFICATION_TABLE.get(kind)))) {
        ps.setInt(1, prefetchLimit + 1);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            names.put(rs.getString(2), rs.getObject(1, UUID.class));
          }
        }
      }
      if (names.size() <= prefetchLimit) {
        names.forEach((name, id) -> classifications.known(kind, name, id));
        classifications.complete.add(kind);
      }
    }
    return classifications;
  }

  /** Whether the database's lower() folds {@link #PROBE} as {@link ClassificationName#fold} does. */
  private static boolean foldsAsDatabase(Connection connection) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("SELECT lower(?)")) {
      ps.setString(1, PROBE);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return ClassificationName.fold(PROBE).equals(rs.getString(1));
      }
    }
  }

  /** The key a name is known by: folded where the database folds the same way, else as spelt. */
  private String key(ClassificationName name) {
    return foldsAsDatabase ? name.folded() : name.value();
  }

  @Override
  public UUID idOf(Kind kind, ClassificationName name) {
    String key = key(name);
    UUID id = byName.get(kind).get(key);
    if (id == null) {
      if (!complete.contains(kind)) {
        id = locked("resolving a " + kind.key() + " name", c -> find(c, kind, name));
      }
      if (id == null) {
        id = created.reserve(kind, name);
      }
      known(kind, key, id);
    }
    named.get(kind).putIfAbsent(id, name.folded());
    return id;
  }

  /**
   * Why the rows of a batch that refer to the classification {@code id} can no longer have it, now that
   * the database has it {@code discarded} or named {@code name}: discarded, or renamed since a row of
   * this import named it; null when they still can. Either way later rows look its name up again (a
   * live one of that name, or a new one), and rows referring to a discarded one by id fail as they read.
   */
  String changedMeanwhile(Kind kind, UUID id, boolean discarded, String name) {
    String what = kind.key().replace('_', ' ') + " " + id;
    if (discarded) {
      live.get(kind).put(id, false);
      forget(kind, id);
      return kind.idField() + ": " + what + " was discarded while this import ran";
    }
    String namedAs = named.get(kind).get(id);
    if (namedAs != null && !namedAs.equals(ClassificationName.fold(name))) {
      forget(kind, id);
      return kind.key() + ": " + what + " was renamed to \"" + name + "\" while this import ran";
    }
    return null;
  }

  private void forget(Kind kind, UUID id) {
    byName.get(kind).values().removeIf(id::equals);
    named.get(kind).remove(id);
  }

  /** Why the fields' references cannot be used (none live with that id), or null when they all can. */
  String problemWith(ProductFields fields) {
    for (Map.Entry<Kind, UUID> ref : fields.classifications().entrySet()) {
      Kind kind = ref.getKey();
      UUID id = ref.getValue();
      Boolean ok = live.get(kind).get(id);
      if (ok == null) {
        ok = locked("checking a " + kind.key(), c -> isLive(c, kind, id));
        live.get(kind).put(id, ok);
      }
      if (!ok) {
        return kind.idField() + ": no live " + kind.key().replace('_', ' ') + " has id " + id;
      }
    }
    return null;
  }

  /** The ones this import creates; the batch writer writes them. */
  NewClassifications created() {
    return created;
  }

  private void known(Kind kind, String key, UUID id) {
    byName.get(kind).put(key, id);
    live.get(kind).put(id, true);
  }

  /** Another transaction created a name first: later rows use its id. */
  private void replaced(Kind kind, ClassificationName name, UUID existing) {
    known(kind, key(name), existing);
    named.get(kind).putIfAbsent(existing, name.folded());
  }

  private <T> T locked(String doing, Sql.Step<T> step) {
    connectionLock.lock();
    try {
      return Sql.run(() -> connection, doing, step);
    } finally {
      connectionLock.unlock();
    }
  }

  private static UUID find(Connection c, Kind kind, ClassificationName name) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(FIND_BY_NAME.formatted(Tables.CLASSIFICATION_TABLE.get(kind)))) {
      ps.setString(1, name.value());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getObject(1, UUID.class) : null;
      }
    }
  }

  private static boolean isLive(Connection c, Kind kind, UUID id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(IS_LIVE.formatted(Tables.CLASSIFICATION_TABLE.get(kind)))) {
      ps.setObject(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() && rs.getBoolean(1);
      }
    }
  }
}
