package catalog.infra.config;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Listen address of the HTTP server; port 0 picks a free one. */
public record HttpSettings(String host, int port) {

  /**
   * The settings, with {@code host} checked to be an address or a name that resolves: Jetty's own error
   * for one that does not blames the port ("Port already in use"), and comes only after the migrations.
   */
  static HttpSettings checked(String host, int port) {
    try {
      InetAddress.getByName(host);
    } catch (UnknownHostException e) {
      throw new ConfigError("HTTP_HOST", "must be an address of this machine or a name that resolves to one (got '"
          + host + "')");
    }
    return new HttpSettings(host, port);
  }
}
