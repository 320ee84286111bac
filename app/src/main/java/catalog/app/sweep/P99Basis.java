package catalog.app.sweep;

/**
 * Which p99 the recommendation rule judges. {@code SERVER}, the default, is the service's own time per
 * API request (its HTTP timer over the trial: the wait for a connection and the work with it, no
 * network). {@code WRK} is the client's, which wrk corrects for coordinated omission: a stall of the
 * machine (wrk, the service and PostgreSQL share it) shows at full length in every request it delayed,
 * so on a busy machine it mostly measures the machine.
 */
public enum P99Basis {
  SERVER("server", "the service's own p99 per API request"),
  WRK("wrk", "wrk's p99");

  private final String label;
  private final String description;

  P99Basis(String label, String description) {
    this.label = label;
    this.description = description;
  }

  public String label() {
    return label;
  }

  public String description() {
    return description;
  }

  /** The p99 of a point on this basis. */
  public Spread of(PointSummary p) {
    return this == SERVER ? p.serverP99Ms() : p.p99Ms();
  }

  public static P99Basis of(String label) {
    for (P99Basis b : values()) {
      if (b.label.equals(label)) {
        return b;
      }
    }
    throw new IllegalArgumentException("--rule-p99 must be server or wrk (got " + label + ")");
  }
}
