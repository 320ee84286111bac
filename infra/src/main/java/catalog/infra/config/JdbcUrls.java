package catalog.infra.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns the URL forms users give ({@code postgres://}, {@code postgresql://}, {@code jdbc:postgresql://}) into JDBC ones. */
final class JdbcUrls {
  private JdbcUrls() {}

  /** A JDBC URL without credentials, plus the user and password found in the URL, if any. */
  record Parsed(String jdbcUrl, Optional<String> user, Optional<String> password) {}

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
    URI uri;
    try {
      uri = new URI("postgres://" + rest);
    } catch (URISyntaxException e) {
      throw new ConfigError(variable, "is not a valid URL: " + e.getReason());
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      throw new ConfigError(variable, "names no host (e.g. postgres://user:pass@host:5432/catalog)");
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    if (path.length() <= 1) {
      throw new ConfigError(variable, "names no database (e.g. postgres://user:pass@host:5432/catalog)");
    }
    Optional<String> user = Optional.empty();
    Optional<String> password = Optional.empty();
    if (uri.getRawUserInfo() != null) {
      String[] parts = uri.getRawUserInfo().split(":", 2);
      user = Optional.of(decode(parts[0]));
      if (parts.length == 2) {
        password = Optional.of(decode(parts[1]));
      }
    }
    int port = uri.getPort() < 0 ? 5432 : uri.getPort();
    if (port < 1 || port > 65535) {
      throw new ConfigError(variable, "has port " + port + "; it must be from 1 to 65535");
    }
    String database = decode(path.substring(1));
    if (!database.matches("[A-Za-z0-9_.-]{1,63}")) {
      throw new ConfigError(variable, "names database '" + database
          + "'; it must be 1 to 63 letters, digits, '_', '.' or '-'");
    }
    // Credentials in the query string move to user/password so they never show in the URL we log.
    List<String> kept = new ArrayList<>();
    if (uri.getRawQuery() != null) {
      for (String param : uri.getRawQuery().split("&")) {
        String[] kv = param.split("=", 2);
        String value = kv.length == 2 ? decode(kv[1]) : "";
        switch (kv[0]) {
          case "user" -> user = Optional.of(value);
          case "password" -> password = Optional.of(value);
          default -> {
            if (!param.isEmpty()) {
              kept.add(param);
            }
          }
        }
      }
    }
    String query = kept.isEmpty() ? "" : "?" + String.join("&", kept);
    return new Parsed(build(uri.getHost(), port, database, query), user, password);
  }

  static String build(String host, int port, String database, String query) {
    String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    return "jdbc:postgresql://" + h + ":" + port + "/" + database + query;
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

  private static String decode(String s) {
    return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}
