package catalog.app;

import java.net.URI;
import java.util.Locale;

/** The URL of a running Catalog service that a command (walk, sweep) talks to. */
public final class ServiceUrl {
  private ServiceUrl() {}

  /**
   * Why {@code url}, given as {@code option}, cannot name a service (it must be absolute http or https with
   * a host and a port, if any, that parsed), or null when it can.
   */
  public static String problem(String option, URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
      return option + " must be an http:// or https:// URL with a host, such as http://127.0.0.1:8080 (got '"
          + url + "')";
    }
    return null;
  }
}
