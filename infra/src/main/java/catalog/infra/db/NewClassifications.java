package catalog.infra.db;

import catalog.domain.ConcurrentUpdate;
import catalog.domain.classification.ClassificationName;
import catalog.domain.classification.Kind;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Classifications an import creates by name. The reader reserves an id for a new name; the batch
 * writer creates the reserved ones in one statement per kind before it writes the next batch. When
 * another transaction created the same name first, the existing id replaces the reserved one, in the
 * batch being written and in the reader's cache. At the end, created ones that no product uses go.
 */
final class NewClassifications {
  private static final String CREATE = """
      INSERT INTO %s (id, name, version, discarded, created_at, updated_at)
      SELECT n.id, n.name, 1, false, ?, ? FROM unnest(?::uuid[], ?::text[]) AS n(id, name)
      ON CONFLICT (lower(name)) WHERE NOT discarded DO NOTHING
      RETURNING id""";
  private static final String FIND_BY_NAME = "SELECT id FROM %s WHERE lower(name) = lower(?) AND NOT discarded";
  private static final String REPLACE_IN_CHUNK = """
      UPDATE import_chunk c SET %1$s = r.existing FROM unnest(?::uuid[], ?::uuid[]) AS r(reserved, existing)
      WHERE c.%1$s = r.reserved""";
  private static final String DROP_UNUSED = """
      DELETE FROM %1$s c WHERE c.id = ANY(?) AND NOT EXISTS (SELECT 1 FROM product p WHERE p.%2$s = c.id)""";

  /** Told when a reserved id was replaced by an existing one. */
  @FunctionalInterface
  interface Replaced {
    void replaced(Kind kind, ClassificationName name, UUID existing);
  }

  private record Pending(Kind kind, UUID id, ClassificationName name) {}

  private final Timestamp now;
  private final Replaced listener;
  private final ConcurrentLinkedQueue<Pending> pending = new ConcurrentLinkedQueue<>();
  private final Map<Kind, List<UUID>> created = new EnumMap<>(Kind.class);
  private final Map<Kind, Map<UUID, UUID>> replacements = new EnumMap<>(Kind.class);

  NewClassifications(Instant now, Replaced listener) {
    this.now = Timestamp.from(now);
    this.listener = listener;
  }

  /** A new id for a name not in the store; it exists once {@link #createPending} has run. */
  UUID reserve(Kind kind, ClassificationName name) {
    UUID id = UUID.randomUUID();
    pending.add(new Pending(kind, id, name));
    return id;
  }

  /** Creates every reserved one not created yet (batch writer, before writing a batch). */
  void createPending(Connection c) throws SQLException {
    Map<Kind, List<Pending>> byKind = new EnumMap<>(Kind.class);
    for (Pending p = pending.poll(); p != null; p = pending.poll()) {
      byKind.computeIfAbsent(p.kind(), k -> new ArrayList<>()).add(p);
    }
    for (Map.Entry<Kind, List<Pending>> entry : byKind.entrySet()) {
      create(c, entry.getKey(), entry.getValue());
    }
  }

  /** Puts existing ids in place of reserved ones another transaction beat (batch writer, after COPY). */
  void replaceInChunk(Connection c) throws SQLException {
    for (Map.Entry<Kind, Map<UUID, UUID>> entry : replacements.entrySet()) {
      String sql = REPLACE_IN_CHUNK.formatted(Tables.REFERENCE_COLUMN.get(entry.getKey()));
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setArray(1, c.createArrayOf("uuid", entry.getValue().keySet().toArray()));
        ps.setArray(2, c.createArrayOf("uuid", entry.getValue().values().toArray()));
        ps.executeUpdate();
      }
    }
  }

  /** Removes the ones this import created that no product refers to. */
  void dropUnused(Connection c) throws SQLException {
    for (Map.Entry<Kind, List<UUID>> entry : created.entrySet()) {
      Kind kind = entry.getKey();
      String sql = DROP_UNUSED.formatted(Tables.CLASSIFICATION_TABLE.get(kind), Tables.REFERENCE_COLUMN.get(kind));
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        Array ids = c.createArrayOf("uuid", entry.getValue().toArray());
        ps.setArray(1, ids);
        ps.executeUpdate();
        ids.free();
      }
    }
  }

  private void create(Connection c, Kind kind, List<Pending> names) throws SQLException {
    String table = Tables.CLASSIFICATION_TABLE.get(kind);
    Set<UUID> made = new HashSet<>();
    try (PreparedStatement ps = c.prepareStatement(CREATE.formatted(table))) {
      ps.setTimestamp(1, now);
      ps.setTimestamp(2, now);
      ps.setArray(3, c.createArrayOf("uuid", names.stream().map(Pending::id).toArray()));
      ps.setArray(4, c.createArrayOf("text", names.stream().map(p -> p.name().value()).toArray()));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          made.add(rs.getObject(1, UUID.class));
        }
      }
    }
    created.computeIfAbsent(kind, k -> new ArrayList<>()).addAll(made);
    for (Pending p : names) {
      if (!made.contains(p.id())) {
        UUID existing = existing(c, table, p);
        replacements.computeIfAbsent(kind, k -> new HashMap<>()).put(p.id(), existing);
        listener.replaced(kind, p.name(), existing);
      }
    }
  }

  private static UUID existing(Connection c, String table, Pending p) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(FIND_BY_NAME.formatted(table))) {
      ps.setString(1, p.name().value());
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          return rs.getObject(1, UUID.class);
        }
      }
    }
    throw new ConcurrentUpdate("the " + p.kind().key() + " '" + p.name() + "' kept changing while importing", null);
  }
}
