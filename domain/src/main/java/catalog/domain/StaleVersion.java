package catalog.domain;

/** The caller's expected version is not the stored one: someone else changed it first. */
public final class StaleVersion extends DomainException {
  private final long expected;

  public StaleVersion(String what, long expected) {
    super(what + " is no longer at version " + expected);
    this.expected = expected;
  }

  public long expected() {
    return expected;
  }
}
