package catalog.domain;

/** The thing asked for does not exist. */
public final class NotFound extends DomainException {
  public NotFound(String what) {
    super(what + " not found");
  }
}
