package catalog.app.sweep;

/** Why a sweep stopped: printed as is, and written at the top of the partial report. */
public final class SweepFailure extends RuntimeException {
  public SweepFailure(String message) {
    super(message);
  }

  public SweepFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
