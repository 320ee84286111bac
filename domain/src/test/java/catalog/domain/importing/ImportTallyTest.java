package catalog.domain.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ImportTallyTest {

  @Test
  void countsInsertedAndFailedRowsAndListsFailuresByLine() {
    ImportTally tally = new ImportTally();
    tally.inserted(5);
    tally.failed(9, "late");
    tally.failed(2, "early");
    tally.inserted(3);

    ImportReport report = tally.committed();

    assertEquals(8, report.inserted());
    assertEquals(2, report.failed());
    assertEquals(List.of(new ImportReport.RowError(2, "early"), new ImportReport.RowError(9, "late")), report.errors());
    assertFalse(report.errorsTruncated());
    assertFalse(report.rolledBack());
  }

  @Test
  void keepsTheFirstThousandFailuresByLineEvenWhenLearnedOutOfOrder() {
    ImportTally tally = new ImportTally();
    for (long line = 3000; line > 0; line--) {
      tally.failed(line, "bad " + line);
    }

    ImportReport report = tally.committed();

    assertEquals(3000, report.failed());
    assertEquals(ImportReport.MAX_ERRORS, report.errors().size());
    assertEquals(1, report.errors().get(0).line());
    assertEquals(ImportReport.MAX_ERRORS, report.errors().get(ImportReport.MAX_ERRORS - 1).line());
    assertTrue(report.errorsTruncated());
  }

  @Test
  void aRolledBackImportInsertedNothing() {
    ImportTally tally = new ImportTally();
    tally.inserted(10);
    tally.failed(4, "bad");

    ImportReport report = tally.rolledBack();

    assertEquals(0, report.inserted());
    assertEquals(1, report.failed());
    assertTrue(report.rolledBack());
  }

  @Test
  void aReportCannotListMoreErrorsThanFailedRows() {
    assertThrows(IllegalArgumentException.class,
        () -> new ImportReport(0, 0, List.of(new ImportReport.RowError(1, "x")), false));
  }
}
