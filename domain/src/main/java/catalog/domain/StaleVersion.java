package catalog.domain;

/**
 * The caller's expected version is not the stored one: someone else changed it first. Or, {@link
 * #refused()}, the stored version is one the caller said the change must not apply to.
 */
public final class StaleVersion extends DomainException {
  private final Versions expected;
  private final boolean refused;

  public StaleVersion(String what, long expected) {
    this(what, Versions.of(expected));
  }

  public StaleVersion(String what, Versions expected) {
    this(what + (expected.named().size() == 1 ? " is no longer at version " + expected
        : " is at none of the versions " + expected), expected, false);
  }

  private StaleVersion(String message, Versions expected, boolean refused) {
    super(message);
    this.expected = expected;
    this.refused = refused;
  }

  /** {@code what} is at {@code current}, a version {@code expected} refuses. */
  static StaleVersion refused(String what, Versions expected, long current) {
    return new StaleVersion(what + " is at version " + current + ", which the request's condition excludes",
        expected, true);
  }

  public Versions expected() {
    return expected;
  }

  /** Whether the stored version is one the caller refused, not one it no longer finds. */
  public boolean refused() {
    return refused;
  }
}
