package catalog.infra.db;

import catalog.domain.importing.ImportTally;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Writes batches of import rows: COPY into a temporary table, then one INSERT ... SELECT into
 * {@code product} that skips rows whose live (barcode, source) is taken, and a look at which rows
 * were skipped and why. Keys inserted by this import are remembered so that a repeat later in the
 * input names the line it repeats.
 */
final class ImportStaging {
  private static final String CREATE_CHUNK = "CREATE TEMP TABLE import_chunk ON COMMIT DROP AS SELECT 0::bigint AS line, id, "
      + ProductRows.FIELD_COLUMNS + " FROM product WITH NO DATA";
  private static final String CREATE_KEYS = """
      CREATE TEMP TABLE import_key (
          barcode text NOT NULL, source_id uuid NOT NULL, line bigint NOT NULL,
          PRIMARY KEY (barcode, source_id)) ON COMMIT DROP""";
  private static final String TRUNCATE = "TRUNCATE import_chunk";
  private static final String COPY = "COPY import_chunk (line, id, " + ProductRows.FIELD_COLUMNS + ") FROM STDIN";
  private static final String INSERT = """
      WITH inserted AS (
          INSERT INTO product (id, %1$s, version, discarded, created_at, updated_at)
          SELECT id, %1$s, 1, false, ?, ? FROM import_chunk ORDER BY line
          ON CONFLICT (barcode, source_id) WHERE barcode IS NOT NULL AND NOT discarded DO NOTHING
          RETURNING id, barcode, source_id),
      kept AS (
          INSERT INTO import_key (barcode, source_id, line)
          SELECT i.barcode, i.source_id, c.line FROM inserted i JOIN import_chunk c ON c.id = i.id
          WHERE i.barcode IS NOT NULL)
      SELECT count(*) FROM inserted""".formatted(ProductRows.FIELD_COLUMNS);
  /** Rows of the batch that were not inserted, with the earlier line of this import holding their key, if any. */
  private static final String SKIPPED = """
      SELECT c.line, k.line AS first_line
      FROM import_chunk c LEFT JOIN import_key k ON k.barcode = c.barcode AND k.source_id = c.source_id
      WHERE c.barcode IS NOT NULL AND k.line IS DISTINCT FROM c.line
      ORDER BY c.line""";

  private final Connection connection;
  private final Timestamp now;

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

  /** Writes the batch and empties it; counts its rows as inserted or failed in {@code tally}. */
  void write(ImportBatch batch, ImportTally tally) throws SQLException {
    if (batch.isEmpty()) {
      return;
    }
    try (Statement s = connection.createStatement()) {
      s.execute(TRUNCATE);
    }
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
    long inserted;
    try (PreparedStatement ps = connection.prepareStatement(INSERT)) {
      ps.setTimestamp(1, now);
      ps.setTimestamp(2, now);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        inserted = rs.getLong(1);
      }
    }
    tally.inserted(inserted);
    if (inserted < batch.rows()) {
      long skipped = reportSkipped(tally);
      if (inserted + skipped != batch.rows()) {
        throw new IllegalStateException("import batch of " + batch.rows() + " rows: " + inserted
            + " inserted and " + skipped + " skipped do not add up");
      }
    }
    batch.clear();
  }

  private long reportSkipped(ImportTally tally) throws SQLException {
    long skipped = 0;
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(SKIPPED)) {
      while (rs.next()) {
        long line = rs.getLong(1);
        long first = rs.getLong(2);
        tally.failed(line, rs.wasNull()
            ? "barcode: a live product with this barcode already exists for this source"
            : "barcode: repeats the barcode and source of line " + first + " of this import");
        skipped++;
      }
    }
    return skipped;
  }
}
