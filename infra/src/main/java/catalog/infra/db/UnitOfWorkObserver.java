package catalog.infra.db;

/** Told what each unit of work does with its connection; metrics listen here. */
public interface UnitOfWorkObserver {
  UnitOfWorkObserver NONE = new UnitOfWorkObserver() {};

  /** A connection was borrowed after waiting this long. */
  default void acquired(long waitNanos) {}

  /**
   * No connection could be had after waiting {@code waitNanos}; {@code error} is what the unit of work throws
   * (a {@link DatabaseUnavailable} whose reason says why, unless the failure is of another kind).
   */
  default void acquireFailed(RuntimeException error, long waitNanos) {}

  /**
   * A statement of a repository failed; {@code error} is what the unit of work throws (a
   * {@link DatabaseUnavailable} with reason {@code STATEMENT_TIMEOUT} when the database cancelled it).
   */
  default void statementFailed(RuntimeException error) {}

  /** A new physical connection was opened for a unit of work ({@code none} mode) in this long. */
  default void connected(long connectNanos) {}

  /** The connection went back after being held this long. */
  default void released(long heldNanos) {}

  default void committed() {}

  default void rolledBack() {}

  /** Tells every observer given, in order. */
  static UnitOfWorkObserver all(UnitOfWorkObserver... observers) {
    UnitOfWorkObserver[] each = observers.clone();
    return new UnitOfWorkObserver() {
      @Override
      public void acquired(long waitNanos) {
        for (UnitOfWorkObserver o : each) {
          o.acquired(waitNanos);
        }
      }

      @Override
      public void acquireFailed(RuntimeException error, long waitNanos) {
        for (UnitOfWorkObserver o : each) {
          o.acquireFailed(error, waitNanos);
        }
      }

      @Override
      public void statementFailed(RuntimeException error) {
        for (UnitOfWorkObserver o : each) {
          o.statementFailed(error);
        }
      }

      @Override
      public void connected(long connectNanos) {
        for (UnitOfWorkObserver o : each) {
          o.connected(connectNanos);
        }
      }

      @Override
      public void released(long heldNanos) {
        for (UnitOfWorkObserver o : each) {
          o.released(heldNanos);
        }
      }

      @Override
      public void committed() {
        for (UnitOfWorkObserver o : each) {
          o.committed();
        }
      }

      @Override
      public void rolledBack() {
        for (UnitOfWorkObserver o : each) {
          o.rolledBack();
        }
      }
    };
  }
}
