package catalog.domain;

/** The caller's expected version is not the stored one: someone else changed it first. */
public final class StaleVersion extends DomainException {
  private final Versions expected;

  public StaleVersion(String what, long expected) {
    this(what, Versions.of(expected));
  }

  public StaleVersion(String what, Versions expected) {
    super(what + (expected.named().size() == 1 ? " is no longer at version " + expected
        : " is at none of the versions " + expected));
    this.expected = expected;
  }

  public Versions expected() {
    return expected;
  }
}
