package catalog.domain.importing;

import java.util.List;
import java.util.Objects;

/**
 * What an import did: rows inserted, rows failed, and the first {@link #MAX_ERRORS} failures by line.
 * {@code rolledBack} is true when an atomic import kept nothing because some row failed.
 */
public record ImportReport(long inserted, long failed, List<RowError> errors, boolean rolledBack) {
  public static final int MAX_ERRORS = 1000;

  public ImportReport {
    errors = List.copyOf(Objects.requireNonNull(errors, "errors"));
    if (inserted < 0 || failed < errors.size()) {
      throw new IllegalArgumentException("inserted must be >= 0 and failed >= the errors listed");
    }
  }

  /** True when more rows failed than {@link #errors()} lists. */
  public boolean errorsTruncated() {
    return failed > errors.size();
  }

  /** One failed row: its line in the input and why it failed. */
  public record RowError(long line, String detail) {
    public RowError {
      Objects.requireNonNull(detail, "detail");
    }
  }
}
