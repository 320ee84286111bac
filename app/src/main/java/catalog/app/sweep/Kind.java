package catalog.app.sweep;

/** What a trial measures: the pooled service at one size, the service with a connection per request, or pgbench. */
public enum Kind {
  HIKARI("hikari"),
  NONE("none"),
  PGBENCH("pgbench");

  private final String label;

  Kind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Kind of(String label) {
    for (Kind k : values()) {
      if (k.label.equals(label)) {
        return k;
      }
    }
    throw new IllegalArgumentException("unknown kind " + label);
  }
}
