package catalog.infra.db;

import catalog.domain.importing.ImportTally;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
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
  void write(ImportBatch batch, NewClassifications classifications, ImportTally tally) throws SQLException {
    if (batch.isEmpty()) {
      return;
    }
    classifications.createPending(connection);
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
    classifications.replaceInChunk(connection);
    int inserted;
    try (PreparedStatement ps = connection.prepareStatement(INSERT)) {
      ps.setTimestamp(1, now);
      ps.setTimestamp(2, now);
      inserted = ps.executeUpdate();
    }
    tally.inserted(inserted);
    Map<Long, String> skipped = Map.of();
    if (inserted == batch.rows()) {
      execute(KEEP_ALL_KEYS);
    } else {
      execute(KEEP_INSERTED_KEYS);
      skipped = reportSkipped(tally);
      if (inserted + skipped.size() != batch.rows()) {
        throw new IllegalStateException("import batch of " + batch.rows() + " rows: " + inserted
            + " inserted and " + skipped.size() + " skipped do not add up");
      }
    }
    // A repeat of a row that did not go in fails as that row did: its detail names the row that is in
    // the catalog, not one that was refused too.
    for (ImportBatch.Repeat repeat : batch.repeats()) {
      tally.failed(repeat.line(), skipped.getOrDefault(repeat.first(), ImportDetails.repeats(repeat.first())));
    }
    batch.clear();
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
