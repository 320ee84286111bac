package catalog.infra.db;

import catalog.domain.importing.ImportMode;
import catalog.domain.importing.ImportReport;
import catalog.domain.importing.ImportRow;
import catalog.domain.importing.ImportRows;
import catalog.domain.importing.ImportTally;
import catalog.domain.importing.ProductImport;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Bulk import in one transaction of its own at READ COMMITTED (an import only adds rows, and must
 * not fail on rows that other transactions commit meanwhile): valid rows are gathered into batches
 * and written with COPY (see {@link ImportStaging}), so each statement stays short however long the
 * input is, and at most one batch is held in memory.
 */
final class JdbcProductImport implements ProductImport {
  static final int BATCH_ROWS = 5000;
  private static final String READ_COMMITTED = "SET TRANSACTION ISOLATION LEVEL READ COMMITTED";

  private final Supplier<JdbcUnitOfWork> units;
  private final Clock clock;
  private final int batchRows;

  JdbcProductImport(Supplier<JdbcUnitOfWork> units, Clock clock, int batchRows) {
    this.units = units;
    this.clock = clock;
    this.batchRows = batchRows;
  }

  @Override
  public ImportReport run(ImportRows rows, ImportMode mode) {
    try (JdbcUnitOfWork uow = units.get()) {
      ImportTally tally = Sql.run(uow::connection, "importing products", c -> importAll(c, rows));
      if (mode == ImportMode.ATOMIC && tally.failed() > 0) {
        uow.rollback();
        return tally.rolledBack();
      }
      uow.commit();
      return tally.committed();
    }
  }

  private ImportTally importAll(Connection c, ImportRows rows) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(READ_COMMITTED);
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    ImportStaging staging = ImportStaging.open(c, now);
    ImportClassifications classifications = new ImportClassifications(c, now);
    ImportBatch batch = new ImportBatch(batchRows);
    ImportTally tally = new ImportTally();
    for (ImportRow row = rows.next(classifications); row != null; row = rows.next(classifications)) {
      switch (row) {
        case ImportRow.Invalid invalid -> tally.failed(invalid.line(), invalid.detail());
        case ImportRow.Valid valid -> {
          String problem = classifications.problemWith(valid.fields());
          if (problem != null) {
            tally.failed(valid.line(), problem);
          } else {
            batch.add(valid.line(), UUID.randomUUID(), valid.fields());
            if (batch.full()) {
              staging.write(batch, tally);
            }
          }
        }
      }
    }
    staging.write(batch, tally);
    classifications.dropUnused();
    return tally;
  }
}
