package catalog.app.sweep;

/** One trial to run: what, at which pool size (0 when there is no pool), with how many clients, in which round. */
public record TrialSpec(Kind kind, int poolSize, int concurrency, int round) {
  /** The point this trial measures, shared by the trials of every round. */
  public Point point() {
    return new Point(kind, poolSize, concurrency);
  }

  /** A measured point: one kind, pool size and concurrency. */
  public record Point(Kind kind, int poolSize, int concurrency) {
    public String describe() {
      return switch (kind) {
        case HIKARI -> "pool " + poolSize + ", " + concurrency + " clients";
        case NONE -> "no pool (a connection per request), " + concurrency + " clients";
        case PGBENCH -> "pgbench -S, " + concurrency + " clients";
      };
    }
  }
}
