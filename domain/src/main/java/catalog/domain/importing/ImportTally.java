package catalog.domain.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Counts an import's rows as they are decided and keeps the failures with the lowest lines, at most
 * {@link ImportReport#MAX_ERRORS}: failures may be learned out of line order (a conflict is found
 * when its batch is written), and the report lists the first ones of the input. Safe to share
 * between the thread that reads rows and the one that writes them.
 */
public final class ImportTally {
  private static final Comparator<ImportReport.RowError> BY_LINE_DESCENDING =
      Comparator.comparingLong(ImportReport.RowError::line).reversed();

  private final PriorityQueue<ImportReport.RowError> kept = new PriorityQueue<>(BY_LINE_DESCENDING);
  private long inserted;
  private long failed;

  public synchronized void inserted(long rows) {
    inserted += rows;
  }

  public synchronized void failed(long line, String detail) {
    failed++;
    kept.add(new ImportReport.RowError(line, detail));
    if (kept.size() > ImportReport.MAX_ERRORS) {
      kept.poll();
    }
  }

  public synchronized long failed() {
    return failed;
  }

  /** The report of a committed import. */
  public synchronized ImportReport committed() {
    return new ImportReport(inserted, failed, sortedErrors(), false);
  }

  /** The report of an import that kept nothing: no row counts as inserted. */
  public synchronized ImportReport rolledBack() {
    return new ImportReport(0, failed, sortedErrors(), true);
  }

  private List<ImportReport.RowError> sortedErrors() {
    List<ImportReport.RowError> errors = new ArrayList<>(kept);
    errors.sort(Comparator.comparingLong(ImportReport.RowError::line));
    return errors;
  }
}
