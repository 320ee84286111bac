package catalog.infra.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import catalog.domain.work.UnitOfWork;
import catalog.infra.testing.TestDatabase;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each unit of work runs at the configured isolation level and statement timeout, pooled or not. */
class SessionSettingsIT {

  @Test
  void defaultIsolationIsRepeatableRead() throws SQLException {
    try (Database db = Databases.open()) {
      try (Connection c = db.dataSource().getConnection()) {
        assertEquals("repeatable read", TestData.query(c, "SHOW transaction_isolation"));
        c.rollback();
      }
      try (UnitOfWork uow = db.newUnitOfWork()) {
        assertEquals("repeatable read", TestData.query(TestData.connectionOf(uow), "SHOW transaction_isolation"));
      }
    }
  }

  @Test
  void defaultStatementTimeoutIsFiveSeconds() throws SQLException {
    try (Database db = Databases.open(); UnitOfWork uow = db.newUnitOfWork()) {
      assertEquals("5s", TestData.query(TestData.connectionOf(uow), "SHOW statement_timeout"));
    }
  }

  @ParameterizedTest(name = "DB_ISOLATION={0} DB_POOL_MODE={2} DB_PGBOUNCER={3}")
  @CsvSource({
      "serializable,    serializable,    hikari, false",
      "read_committed,  read committed,  hikari, false",
      "serializable,    serializable,    none,   false",
      "serializable,    serializable,    hikari, true",
      "read_committed,  read committed,  none,   true",
  })
  void configuredIsolationIsHonouredInEveryTransaction(String setting, String shown, String mode, boolean pgBouncer)
      throws SQLException {
    try (Database db = Databases.open(Map.of(
        "DB_ISOLATION", setting, "DB_POOL_MODE", mode, "DB_PGBOUNCER", Boolean.toString(pgBouncer)))) {
      try (UnitOfWork uow = db.newUnitOfWork()) {
        assertEquals(shown, TestData.query(TestData.connectionOf(uow), "SHOW transaction_isolation"));
        uow.commit();
        assertEquals(shown, TestData.query(TestData.connectionOf(uow), "SHOW transaction_isolation"),
            "the transaction after a commit");
      }
    }
  }

  @ParameterizedTest(name = "DB_POOL_MODE={0} DB_PGBOUNCER={1}")
  @CsvSource({"hikari, false", "none, false", "hikari, true"})
  void configuredStatementTimeoutIsHonoured(String mode, boolean pgBouncer) throws SQLException {
    try (Database db = Databases.open(Map.of(
        "DB_STATEMENT_TIMEOUT_MS", "1234", "DB_POOL_MODE", mode, "DB_PGBOUNCER", Boolean.toString(pgBouncer)));
        UnitOfWork uow = db.newUnitOfWork()) {
      assertEquals("1234ms", TestData.query(TestData.connectionOf(uow), "SHOW statement_timeout"));
    }
  }

  /**
   * Startup options given in DATABASE_URL ({@code ?options=-c work_mem=8MB}) hold beside the configured
   * isolation and statement timeout, which win where both set one. With Hikari the URL's options used to
   * replace them (the service ran at READ COMMITTED with no timeout); without a pool they were dropped.
   */
  @ParameterizedTest(name = "DB_POOL_MODE={0}")
  @CsvSource({"hikari", "none"})
  void optionsInTheUrlJoinTheConfiguredOnes(String mode) throws SQLException {
    String url = TestDatabase.get().jdbcUrl() + "?ApplicationName=catalog&options="
        + URLEncoder.encode("-c work_mem=8MB -c statement_timeout=99", StandardCharsets.UTF_8);
    try (Database db = Databases.open(Map.of("DATABASE_URL", url, "DB_POOL_MODE", mode,
        "DB_STATEMENT_TIMEOUT_MS", "1234"));
        UnitOfWork uow = db.newUnitOfWork()) {
      Connection c = TestData.connectionOf(uow);
      assertEquals("8MB", TestData.query(c, "SHOW work_mem"));
      assertEquals("repeatable read", TestData.query(c, "SHOW transaction_isolation"));
      assertEquals("1234ms", TestData.query(c, "SHOW statement_timeout"));
    }
  }

  @ParameterizedTest(name = "DB_POOL_MODE={0} DB_PGBOUNCER={1}")
  @CsvSource({"hikari, false", "none, false", "hikari, true"})
  void everyTransactionKeepsGinPendingListsSmall(String mode, boolean pgBouncer) throws SQLException {
    try (Database db = Databases.open(Map.of("DB_POOL_MODE", mode, "DB_PGBOUNCER", Boolean.toString(pgBouncer)));
        UnitOfWork uow = db.newUnitOfWork()) {
      assertEquals("256kB", TestData.query(TestData.connectionOf(uow), "SHOW gin_pending_list_limit"));
    }
  }

  @Test
  void aStatementPastTheTimeoutIsCancelledAndReportedAsUnavailable() {
    try (Database db = Databases.open(Map.of("DB_STATEMENT_TIMEOUT_MS", "100")); UnitOfWork uow = db.newUnitOfWork()) {
      SQLException cancelled = assertThrows(SQLException.class,
          () -> TestData.query(TestData.connectionOf(uow), "SELECT pg_sleep(3)"));
      assertEquals("57014", cancelled.getSQLState());
      DatabaseUnavailable translated = (DatabaseUnavailable) SqlErrors.translate("sleeping", cancelled);
      assertEquals(DatabaseUnavailable.Reason.STATEMENT_TIMEOUT, translated.reason());
    }
  }
}
