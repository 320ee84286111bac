package catalog.infra.config;

import java.net.InetAddress;
import java.net.URLDecoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.postgresql.Driver;
import org.postgresql.PGProperty;
import org.postgresql.hostchooser.HostRequirement;
import org.postgresql.jdbc.GSSEncMode;
import org.postgresql.jdbc.SslMode;
import org.postgresql.util.PSQLException;

/** Turns the URL forms users give ({@code postgres://}, {@code postgresql://}, {@code jdbc:postgresql://}) into JDBC ones. */
final class JdbcUrls {
  private JdbcUrls() {}

  /**
   * A JDBC URL without credentials, plus the user and password found in the URL, if any, and the names of
   * its query parameters that are not pgjdbc connection properties (pgjdbc ignores those without a word).
   */
  record Parsed(String jdbcUrl, Optional<String> user, Optional<String> password, List<String> ignored) {}

  /** One server of a URL's host list. */
  record Server(String host, int port) {
    @Override
    public String toString() {
      return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
  }

  /**
   * Parses the URL by hand rather than with {@link java.net.URI}, which takes a host with {@code _} in it
   * (a Docker Compose service such as {@code catalog_db}) for a registry name and gives no host, and knows no
   * host lists. The authority is {@code [user[:password]@]host[:port][,host[:port]...]}: a password may hold
   * {@code @} (the last one ends it); an IPv6 address is written in brackets.
   */
  static Parsed parse(String variable, String url) {
    String rest;
    if (url.startsWith("jdbc:postgresql://")) {
      rest = url.substring("jdbc:postgresql://".length());
    } else if (url.startsWith("postgres://")) {
      rest = url.substring("postgres://".length());
    } else if (url.startsWith("postgresql://")) {
      rest = url.substring("postgresql://".length());
    } else {
      throw new ConfigError(variable,
          "must start with postgres://, postgresql:// or jdbc:postgresql:// (e.g. postgres://user:pass@host:5432/catalog)");
    }
    if (rest.indexOf('#') >= 0) {
      throw new ConfigError(variable, "holds '#': write it as %23 in a password or value");
    }
    int slash = rest.indexOf('/');
    int question = rest.indexOf('?');
    int authorityEnd = slash < 0 ? question : question < 0 ? slash : Math.min(slash, question);
    String authority = authorityEnd < 0 ? rest : rest.substring(0, authorityEnd);
    int at = authority.lastIndexOf('@');
    int queryAt = question < 0 ? rest.length() : question;
    if (at < 0 && rest.lastIndexOf('@', queryAt - 1) >= 0) {
      // A user or password with a raw '/' ended the authority early; its text is not shown.
      throw new ConfigError(variable, "has '@' after its host: percent-encode '/' and '?' in a user or password"
          + " (%2F, %3F)");
    }
    String hostList = authority.substring(at + 1);
    if (hostList.isEmpty() || hostList.startsWith(":")) {
      throw new ConfigError(variable, "names no host (e.g. postgres://user:pass@host:5432/catalog)");
    }
    List<Server> servers = new ArrayList<>();
    for (String spec : hostList.split(",", -1)) {
      servers.add(server(variable, spec));
    }
    Optional<String> user = Optional.empty();
    Optional<String> password = Optional.empty();
    if (at >= 0) {
      String[] parts = authority.substring(0, at).split(":", 2);
      user = Optional.of(decode(variable, parts[0]));
      if (parts.length == 2) {
        password = Optional.of(decode(variable, parts[1]));
      }
    }
    String tail = authorityEnd < 0 ? "" : rest.substring(authorityEnd);
    int queryStart = tail.indexOf('?');
    String path = queryStart < 0 ? tail : tail.substring(0, queryStart);
    if (path.length() <= 1) {
      throw new ConfigError(variable, "names no database (e.g. postgres://user:pass@host:5432/catalog)");
    }
    String database = decode(variable, path.substring(1));
    if (!database.matches("[A-Za-z0-9_.-]{1,63}")) {
      throw new ConfigError(variable, "names database '" + database
          + "'; it must be 1 to 63 letters, digits, '_', '.' or '-'");
    }
    // Credentials in the query string move to user/password so they never show in the URL we log.
    List<String> kept = new ArrayList<>();
    List<String> ignored = new ArrayList<>();
    List<String> given = new ArrayList<>();
    if (queryStart >= 0) {
      for (String param : tail.substring(queryStart + 1).split("&")) {
        String[] kv = param.split("=", 2);
        if (!param.isEmpty() && !kv[0].matches("[A-Za-z0-9_.-]+")) {
          // Likely the rest of a password with a raw '?' or '&' in it: not shown.
          throw new ConfigError(variable, "has a query parameter whose name is not letters, digits, '_', '.' or"
              + " '-': percent-encode '?' and '&' in a user or password (%3F, %26)");
        }
        String value = kv.length == 2 ? decode(variable, kv[1]) : "";
        switch (kv[0]) {
          case "user" -> user = Optional.of(value);
          case "password" -> password = Optional.of(value);
          default -> {
            if (!param.isEmpty()) {
              kept.add(param);
              given.add(kv[0]);
              if (PGProperty.forName(kv[0]) == null) {
                ignored.add(kv[0]);
              }
            }
          }
        }
      }
    }
    String query = kept.isEmpty() ? "" : "?" + String.join("&", kept);
    String jdbcUrl = build(servers, database, query);
    checkChoices(variable, jdbcUrl, given);
    return new Parsed(jdbcUrl, user, password, List.copyOf(ignored));
  }

  /**
   * Refuses a value pgjdbc would refuse only when it connects: for the parameters that choose how it
   * connects ({@code sslmode}, {@code gssEncMode} and {@code targetServerType}, read by pgjdbc's own
   * parsers), and for the {@code given} parameters that take a whole number. At connect time their error
   * comes as a failed connection (SQLSTATE 08001), which the start would report as a database it cannot
   * reach, or as a stack trace.
   */
  private static void checkChoices(String variable, String jdbcUrl, List<String> given) {
    Properties props = Driver.parseURL(jdbcUrl, new Properties());
    if (props == null) {
      throw new ConfigError(variable, "is not a URL the PostgreSQL driver reads");
    }
    try {
      SslMode.of(props);
    } catch (PSQLException e) {
      throw notAChoice(variable, PGProperty.SSL_MODE, props);
    }
    try {
      GSSEncMode.of(props);
    } catch (PSQLException e) {
      throw notAChoice(variable, PGProperty.GSS_ENC_MODE, props);
    }
    try {
      HostRequirement.getTargetServerType(PGProperty.TARGET_SERVER_TYPE.getOrDefault(props));
    } catch (IllegalArgumentException e) {
      throw notAChoice(variable, PGProperty.TARGET_SERVER_TYPE, props);
    }
    // The numbers given (prepareThreshold, connectTimeout ...: those whose default is one) pgjdbc reads when
    // it connects, where "abc" failed the start with a stack trace or as a database it cannot reach.
    // So are the other parameters that take one of a few words (autosave, channelBinding ...), but for
    // requireAuth, which takes a list of them; and a negative defaultRowFetchSize.
    for (String name : given) {
      PGProperty property = PGProperty.forName(name);
      String value = property == null ? null : property.get(props);
      if (value == null) {
        continue;
      }
      if (isInteger(property.getDefaultValue()) && !isInteger(value)) {
        throw new ConfigError(variable, "has " + property.getName() + "=" + value + "; it takes a whole number");
      }
      String[] choices = property.getChoices();
      if (choices != null && !property.getName().equals("requireAuth")
          && Arrays.stream(choices).noneMatch(value::equalsIgnoreCase)) {
        throw notAChoice(variable, property, props);
      }
      if (property.getName().equals("defaultRowFetchSize") && Integer.parseInt(value) < 0) {
        throw new ConfigError(variable, "has defaultRowFetchSize=" + value + "; it takes a whole number from 0");
      }
    }
  }

  /** Whether pgjdbc reads {@code text} as an int ({@link Integer#parseInt}, as it does). */
  private static boolean isInteger(String text) {
    if (text == null) {
      return false;
    }
    try {
      Integer.parseInt(text);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static ConfigError notAChoice(String variable, PGProperty property, Properties props) {
    return new ConfigError(variable, "has " + property.getName() + "=" + property.get(props) + "; it takes one of "
        + String.join(", ", property.getChoices()));
  }

  /** {@code host}, {@code host:port}, {@code [v6]} or {@code [v6]:port}; the port defaults to 5432. */
  private static Server server(String variable, String spec) {
    String host;
    String port = null;
    if (spec.startsWith("[")) {
      int close = spec.indexOf(']');
      if (close < 0) {
        throw new ConfigError(variable, "has '" + spec + "': an IPv6 address needs its closing ']'");
      }
      host = spec.substring(1, close);
      String after = spec.substring(close + 1);
      if (!after.isEmpty() && !after.startsWith(":")) {
        throw new ConfigError(variable, "has '" + spec + "': only ':port' may follow an IPv6 address");
      }
      port = after.isEmpty() ? null : after.substring(1);
    } else {
      int colon = spec.indexOf(':');
      if (colon >= 0 && spec.indexOf(':', colon + 1) >= 0) {
        throw new ConfigError(variable, "has '" + spec + "': write an IPv6 address in brackets, as [::1]:5432");
      }
      host = colon < 0 ? spec : spec.substring(0, colon);
      port = colon < 0 ? null : spec.substring(colon + 1);
    }
    return new Server(checkHost(variable, host), port == null ? 5432 : port(variable, port));
  }

  /**
   * A host name ({@code _} allowed, as container and service names have it), an IPv4 address, or an IPv6
   * address without brackets; anything else (a socket directory, a stray character) is refused here, where
   * the variable can be named, rather than by the driver at connect time.
   */
  static String checkHost(String variable, String host) {
    if (host.matches("[A-Za-z0-9_.-]{1,253}") || host.contains(":") && host.matches("[0-9A-Fa-f:.]{2,45}")
        && isIpv6Literal(host)) {
      return host;
    }
    if (host.matches("[A-Za-z0-9_.-]+:[0-9]+")) {
      throw new ConfigError(variable, "has host '" + host + "'; give the port apart"
          + (variable.equals("POSTGRES_SERVER") ? ", in POSTGRES_PORT" : ""));
    }
    throw new ConfigError(variable, "has host '" + host + "'; a host is a name or an IP address"
        + " (letters, digits, '.', '-', '_'; IPv6 in brackets in a URL), reached over TCP");
  }

  /**
   * Whether {@code host}, of hex digits, ':' and '.', is an IPv6 address ({@code 127.0.0.1:5432} and {@code
   * db:5432} are not). The JDK reads a text with ':' as an IPv6 literal only, without asking DNS; it answers
   * an IPv4-mapped one ({@code ::ffff:10.0.0.1}) as the IPv4 address.
   */
  private static boolean isIpv6Literal(String host) {
    try {
      InetAddress.getByName(host);
      return true;
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static int port(String variable, String port) {
    if (!port.matches("[0-9]{1,5}") || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
      // Not the text itself: 'user:pass' read as a host and port when a raw '?' cut the authority short.
      throw new ConfigError(variable, "has a port that is not a number from 1 to 65535 (percent-encode '/', '?'"
          + " and '#' in a user or password)");
    }
    return Integer.parseInt(port);
  }

  /** The servers of a URL this class built, in their order (pgjdbc tries them in turn). */
  static List<Server> servers(String jdbcUrl) {
    int start = "jdbc:postgresql://".length();
    List<Server> servers = new ArrayList<>();
    for (String spec : jdbcUrl.substring(start, jdbcUrl.indexOf('/', start)).split(",")) {
      servers.add(server("the database URL", spec));
    }
    return servers;
  }

  static String build(List<Server> servers, String database, String query) {
    List<String> specs = servers.stream().map(Server::toString).toList();
    return "jdbc:postgresql://" + String.join(",", specs) + "/" + database + query;
  }

  static String build(String host, int port, String database, String query) {
    return build(List.of(new Server(host, port)), database, query);
  }

  static String withDatabase(String jdbcUrl, String database) {
    int slash = jdbcUrl.indexOf('/', "jdbc:postgresql://".length());
    int query = jdbcUrl.indexOf('?', slash);
    return jdbcUrl.substring(0, slash + 1) + database + (query < 0 ? "" : jdbcUrl.substring(query));
  }

  static String databaseName(String jdbcUrl) {
    int slash = jdbcUrl.indexOf('/', "jdbc:postgresql://".length());
    int query = jdbcUrl.indexOf('?', slash);
    return jdbcUrl.substring(slash + 1, query < 0 ? jdbcUrl.length() : query);
  }

  /** Percent-decoding, with {@code +} kept as itself (it is not a space outside forms). */
  private static String decode(String variable, String s) {
    try {
      return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      // Not e's message: it quotes the text, which may be a password.
      throw new ConfigError(variable, "has a '%' not followed by two hex digits (write a literal % as %25)");
    }
  }
}
