package catalog.infra.db;

/** Told what each unit of work does with its connection; metrics listen here. */
public interface UnitOfWorkObserver {
  UnitOfWorkObserver NONE = new UnitOfWorkObserver() {};

  /** A connection was borrowed after waiting this long. */
  default void acquired(long waitNanos) {}

  /** No connection could be had. */
  default void acquireFailed() {}

  /** The connection went back after being held this long. */
  default void released(long heldNanos) {}

  default void committed() {}

  default void rolledBack() {}
}
