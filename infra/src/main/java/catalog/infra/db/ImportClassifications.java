package catalog.infra.db;

import catalog.domain.ConcurrentUpdate;
import catalog.domain.classification.ClassificationName;
import catalog.domain.classification.Kind;
import catalog.domain.importing.ClassificationIds;
import catalog.domain.product.ProductFields;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The classifications an import refers to, looked up once each: names to ids (creating missing ones
 * in the import's transaction) and ids checked to be live. Used by the reading thread only; the
 * connection is shared with the batch writer under a lock. Created ones that no product ends up
 * using are removed again before the import commits.
 */
final class ImportClassifications implements ClassificationIds {
  /** The live one with that name, or else a new one: one round trip, and no row only if another transaction won a race. */
  private static final String FIND_OR_CREATE = """
      WITH found AS (SELECT id FROM %1$s WHERE lower(name) = lower(?) AND NOT discarded),
      created AS (
          INSERT INTO %1$s (id, name, version, discarded, created_at, updated_at)
          SELECT ?, ?, 1, false, ?, ? WHERE NOT EXISTS (SELECT 1 FROM found)
          ON CONFLICT (lower(name)) WHERE NOT discarded DO NOTHING
          RETURNING id)
      SELECT id, false FROM found UNION ALL SELECT id, true FROM created""";
  private static final String IS_LIVE = "SELECT NOT discarded FROM %s WHERE id = ?";
  private static final String DROP_UNUSED = """
      DELETE FROM %1$s c WHERE c.id = ANY(?) AND NOT EXISTS (SELECT 1 FROM product p WHERE p.%2$s = c.id)""";

  private final Connection connection;
  private final ReentrantLock connectionLock;
  private final Timestamp now;
  private final Map<Kind, Map<String, UUID>> byName = new EnumMap<>(Kind.class);
  private final Map<Kind, Map<UUID, Boolean>> live = new EnumMap<>(Kind.class);
  private final Map<Kind, List<UUID>> created = new EnumMap<>(Kind.class);

  ImportClassifications(Connection connection, ReentrantLock connectionLock, Instant now) {
    this.connection = connection;
    this.connectionLock = connectionLock;
    this.now = Timestamp.from(now);
    for (Kind kind : Kind.values()) {
      byName.put(kind, new HashMap<>());
      live.put(kind, new HashMap<>());
      created.put(kind, new ArrayList<>());
    }
  }

  @Override
  public UUID idOf(Kind kind, ClassificationName name) {
    return byName.get(kind).computeIfAbsent(name.folded(), folded -> locked(
        "resolving a " + kind.key() + " name", c -> findOrCreate(c, kind, name)));
  }

  /** Why the fields' references cannot be used (none live with that id), or null when they all can. */
  String problemWith(ProductFields fields) {
    for (Map.Entry<Kind, UUID> ref : fields.classifications().entrySet()) {
      Kind kind = ref.getKey();
      boolean ok = live.get(kind).computeIfAbsent(ref.getValue(), id -> locked(
          "checking a " + kind.key(), c -> isLive(c, kind, id)));
      if (!ok) {
        return kind.idField() + ": no live " + kind.key().replace('_', ' ') + " has id " + ref.getValue();
      }
    }
    return null;
  }

  /** Removes the classifications this import created that no product refers to. */
  void dropUnused() throws SQLException {
    for (Kind kind : Kind.values()) {
      List<UUID> ids = created.get(kind);
      if (ids.isEmpty()) {
        continue;
      }
      String sql = DROP_UNUSED.formatted(Tables.CLASSIFICATION_TABLE.get(kind), Tables.REFERENCE_COLUMN.get(kind));
      try (PreparedStatement ps = connection.prepareStatement(sql)) {
        Array array = connection.createArrayOf("uuid", ids.toArray());
        ps.setArray(1, array);
        ps.executeUpdate();
        array.free();
      }
    }
  }

  /** Runs a step on the connection, which the batch writer also uses. */
  private <T> T locked(String doing, Sql.Step<T> step) {
    connectionLock.lock();
    try {
      return Sql.run(() -> connection, doing, step);
    } finally {
      connectionLock.unlock();
    }
  }

  private UUID findOrCreate(Connection c, Kind kind, ClassificationName name) throws SQLException {
    String sql = FIND_OR_CREATE.formatted(Tables.CLASSIFICATION_TABLE.get(kind));
    // A second try sees the one another transaction committed since the first (READ COMMITTED).
    for (int attempt = 0; attempt < 2; attempt++) {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setString(1, name.value());
        ps.setObject(2, UUID.randomUUID());
        ps.setString(3, name.value());
        ps.setTimestamp(4, now);
        ps.setTimestamp(5, now);
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            UUID id = rs.getObject(1, UUID.class);
            if (rs.getBoolean(2)) {
              created.get(kind).add(id);
            }
            return remember(kind, id);
          }
        }
      }
    }
    throw new ConcurrentUpdate("the " + kind.key() + " '" + name + "' kept changing while importing", null);
  }

  private UUID remember(Kind kind, UUID id) {
    live.get(kind).put(id, true);
    return id;
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
