package catalog.app.http;

import java.util.Optional;
import java.util.OptionalInt;

/** The warning for a pool that may open more connections than the database lets this role have. */
public final class ConnectionLimits {
  private ConnectionLimits() {}

  /**
   * A warning when the pool may open more connections ({@code wanted}, which {@code settings} names: size and
   * overflow) than {@code limit}: those past it never open, and requests wait for them. None behind PgBouncer
   * (an empty limit).
   */
  public static Optional<String> pastTheLimit(String settings, int wanted, OptionalInt limit) {
    if (limit.isEmpty() || wanted <= limit.getAsInt()) {
      return Optional.empty();
    }
    return Optional.of(settings + " is " + wanted + ", but the database lets this role open at most "
        + limit.getAsInt() + " connections (max_connections less the superuser slots, and the role's and"
        + " database's CONNECTION LIMIT): requests will wait for connections that cannot open");
  }
}
