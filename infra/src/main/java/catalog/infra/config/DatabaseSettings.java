package catalog.infra.config;

import java.util.Objects;

/** Where the database is and how each transaction runs there. */
public record DatabaseSettings(
    String jdbcUrl,
    String user,
    String password,
    Isolation isolation,
    int statementTimeoutMs,
    boolean pgBouncer) {

  public DatabaseSettings {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(isolation, "isolation");
  }

  /** The same server, another database (used to create the catalog database when missing). */
  public DatabaseSettings withDatabase(String database) {
    return new DatabaseSettings(JdbcUrls.withDatabase(jdbcUrl, database), user, password, isolation,
        statementTimeoutMs, pgBouncer);
  }

  /** The host of the first server the URL names (pgjdbc tries a list of them in turn). */
  public String host() {
    return JdbcUrls.servers(jdbcUrl).getFirst().host();
  }

  /** The port of the first server the URL names. */
  public int port() {
    return JdbcUrls.servers(jdbcUrl).getFirst().port();
  }

  public String databaseName() {
    return JdbcUrls.databaseName(jdbcUrl);
  }

  @Override
  public String toString() {
    return "DatabaseSettings[url=" + jdbcUrl + ", user=" + user + ", password=" + (password.isEmpty() ? "" : "***")
        + ", isolation=" + isolation + ", statementTimeoutMs=" + statementTimeoutMs + ", pgBouncer=" + pgBouncer + "]";
  }
}
