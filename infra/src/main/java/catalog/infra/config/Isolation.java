package catalog.infra.config;

import java.sql.Connection;

/** Transaction isolation levels a unit of work may run at. */
public enum Isolation {
  READ_COMMITTED(Connection.TRANSACTION_READ_COMMITTED, "read committed"),
  REPEATABLE_READ(Connection.TRANSACTION_REPEATABLE_READ, "repeatable read"),
  SERIALIZABLE(Connection.TRANSACTION_SERIALIZABLE, "serializable");

  private final int jdbcLevel;
  private final String sql;

  Isolation(int jdbcLevel, String sql) {
    this.jdbcLevel = jdbcLevel;
    this.sql = sql;
  }

  public int jdbcLevel() {
    return jdbcLevel;
  }

  /** As PostgreSQL spells it, e.g. in {@code SET TRANSACTION ISOLATION LEVEL repeatable read}. */
  public String sql() {
    return sql;
  }

  /** HikariCP's name for it ({@code TRANSACTION_REPEATABLE_READ}). */
  public String hikariName() {
    return "TRANSACTION_" + name();
  }
}
