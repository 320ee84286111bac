package catalog.infra.db;

import catalog.domain.classification.Kind;
import catalog.domain.importing.ImportTally;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Writes batches of import rows: COPY into a temporary table, then one INSERT ... SELECT into
 * {@code product} that skips rows whose live (barcode, source) is taken. Only when some rows were
 * skipped does it look at which ones and why. The keys this import inserted are kept in a second
 * temporary table so that a repeat in a later batch names the line it repeats.
 */
final class ImportStaging {
  private static final String CREATE_CHUNK = "CREATE TEMP TABLE import_chunk ON COMMIT DROP AS SELECT 0::bigint AS line, id, "
      + ProductRows.FIELD_COLUMNS + " FROM product WITH NO DATA";
  private static final String CREATE_KEYS =
      "CREATE TEMP TABLE import_key (barcode text NOT NULL, source_id uuid NOT NULL, line bigint NOT NULL) ON COMMIT DROP";
  private static final String INDEX_KEYS = "CREATE INDEX import_key_idx ON import_key (barcode, source_id)";
  private static final String TRUNCATE = "TRUNCATE import_chunk";
  private static final String COPY = "COPY import_chunk (line, id, " + ProductRows.FIELD_COLUMNS + ") FROM STDIN";
  private static final String INSERT = """
      INSERT INTO product (id, %1$s, version, discarded, created_at, updated_at)
      SELECT id, %1$s, 1, false, ?, ? FROM import_chunk
      ON CONFLICT (barcode, source_id) WHERE barcode IS NOT NULL AND NOT discarded DO NOTHING""".formatted(
      ProductRows.FIELD_COLUMNS);
  private static final String KEEP_ALL_KEYS =
      "INSERT INTO import_key SELECT barcode, source_id, line FROM import_chunk WHERE barcode IS NOT NULL";
  private static final String KEEP_INSERTED_KEYS = """
      INSERT INTO import_key SELECT c.barcode, c.source_id, c.line FROM import_chunk c
      WHERE c.barcode IS NOT NULL AND EXISTS (SELECT 1 FROM product p WHERE p.id = c.id)""";
  /** Rows of the batch that were not inserted, with the line of this import that holds their key, if any. */
  private static final String SKIPPED = """
      SELECT c.line, k.line
      FROM import_chunk c LEFT JOIN import_key k ON k.barcode = c.barcode AND k.source_id = c.source_id
      WHERE NOT EXISTS (SELECT 1 FROM product p WHERE p.id = c.id)
      ORDER BY c.line""";

  /**
   * The classifications the batch refers to, as the database has them now: each kind's (by its ordinal),
   * with whether it is discarded and its name.
   */
  private static final String REFERRED = Arrays.stream(Kind.values())
      .map(kind -> "SELECT %d, c.id, c.discarded, c.name FROM %s c WHERE c.id IN (SELECT %s FROM import_chunk)"
          .formatted(kind.ordinal(), Tables.CLASSIFICATION_TABLE.get(kind), Tables.REFERENCE_COLUMN.get(kind)))
      .collect(Collectors.joining(" UNION ALL "));
  private static final String DROP_REFERRING = "DELETE FROM import_chunk WHERE %1$s = ANY(?) RETURNING line, %1$s";

  private final Connection connection;
  private final Timestamp now;
  private boolean keysIndexed;

  private ImportStaging(Connection connection, Instant now) {
    this.connection = connection;
    this.now = Timestamp.from(now);
  }

  /** Makes the transaction's temporary tables; they are dropped when it ends. */
  static ImportStaging open(Connection connection, Instant now) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(CREATE_CHUNK);
      s.execute(CREATE_KEYS);
    }
    return new ImportStaging(connection, now);
  }

  /**
   * Writes the batch (after creating the classifications it may name) and empties it; counts its
   * rows as inserted or failed in {@code tally}.
   */
  void write(ImportBatch batch, ImportClassifications classifications, ImportTally tally) throws SQLException {
    if (batch.isEmpty()) {
      return;
    }
    classifications.created().createPending(connection);
    execute(TRUNCATE);
    byte[] text = batch.bytes();
    CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
    try {
      copy.writeToCopy(text, 0, text.length);
      copy.endCopy();
    } finally {
      if (copy.isActive()) {
        copy.cancelCopy();
      }
    }
    classifications.created().replaceInChunk(connection);
    Map<Long, String> failed = dropChanged(classifications, tally);
    int inserted;
    try (PreparedStatement ps = connection.prepareStatement(INSERT)) {
      ps.setTimestamp(1, now);
      ps.setTimestamp(2, now);
      inserted = ps.executeUpdate();
    }
    tally.inserted(inserted);
    if (inserted + failed.size() == batch.rows()) {
      execute(KEEP_ALL_KEYS);
    } else {
      execute(KEEP_INSERTED_KEYS);
      int before = failed.size();
      failed.putAll(reportSkipped(tally));
      if (inserted + failed.size() != batch.rows()) {
        throw new IllegalStateException("import batch of " + batch.rows() + " rows: " + inserted + " inserted, "
            + before + " dropped and " + (failed.size() - before) + " skipped do not add up");
      }
    }
    // A repeat of a row that did not go in fails as that row did: its detail names the row that is in
    // the catalog, or the classification that changed, not a row that was refused too.
    for (ImportBatch.Repeat repeat : batch.repeats()) {
      tally.failed(repeat.line(), failed.getOrDefault(repeat.first(), ImportDetails.repeats(repeat.first())));
    }
    batch.clear();
  }

  /**
   * Drops from the chunk the rows that refer to a classification discarded, or renamed since a row named
   * it, after the import read it ({@link ImportClassifications#changedMeanwhile}), and counts them as
   * failed; answers each one's line with its detail.
   */
  private Map<Long, String> dropChanged(ImportClassifications classifications, ImportTally tally)
      throws SQLException {
    Map<Kind, Map<UUID, String>> changed = new EnumMap<>(Kind.class);
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(REFERRED)) {
      while (rs.next()) {
        Kind kind = Kind.values()[rs.getInt(1)];
        UUID id = rs.getObject(2, UUID.class);
        String detail = classifications.changedMeanwhile(kind, id, rs.getBoolean(3), rs.getString(4));
        if (detail != null) {
          changed.computeIfAbsent(kind, k -> new HashMap<>()).put(id, detail);
        }
      }
    }
    Map<Long, String> failed = new HashMap<>();
    for (Map.Entry<Kind, Map<UUID, String>> entry : changed.entrySet()) {
      Map<UUID, String> details = entry.getValue();
      String sql = DROP_REFERRING.formatted(Tables.REFERENCE_COLUMN.get(entry.getKey()));
      try (PreparedStatement ps = connection.prepareStatement(sql)) {
        ps.setArray(1, connection.createArrayOf("uuid", details.keySet().toArray()));
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            failed.put(rs.getLong(1), details.get(rs.getObject(2, UUID.class)));
          }
        }
      }
    }
    failed.forEach(tally::failed);
    return failed;
  }

  /** Counts the batch's rows that did not go in as failed; answers each one's line with its detail. */
  private Map<Long, String> reportSkipped(ImportTally tally) throws SQLException {
    if (!keysIndexed) {
      execute(INDEX_KEYS);
      keysIndexed = true;
    }
    Map<Long, String> skipped = new HashMap<>();
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(SKIPPED)) {
      while (rs.next()) {
        long line = rs.getLong(1);
        long first = rs.getLong(2);
        String detail = rs.wasNull() ? ImportDetails.TAKEN : ImportDetails.repeats(first);
        tally.failed(line, detail);
        skipped.put(line, detail);
      }
    }
    return skipped;
  }

  private void execute(String sql) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(sql);
    }
  }
}
