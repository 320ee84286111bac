package catalog.infra.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The SQLSTATEs met while getting a connection map to a 503 reason, not to a 500. */
class SqlErrorsTest {

  @Test
  void aServerThatRefusesMoreClientsIsUnavailable() {
    RuntimeException error = SqlErrors.translate("connecting", new SQLException("sorry, too many clients", "53300"));
    assertEquals(DatabaseUnavailable.Reason.CONNECT_FAILED, assertInstanceOf(DatabaseUnavailable.class, error).reason());
  }

  @Test
  void hikarisTimeoutIsAnAcquireTimeout() {
    RuntimeException error = SqlErrors.translate("connecting",
        new SQLTransientConnectionException("catalog - Connection is not available, request timed out after 250ms."));
    assertEquals(DatabaseUnavailable.Reason.ACQUIRE_TIMEOUT, assertInstanceOf(DatabaseUnavailable.class, error).reason());
  }

  @Test
  void hikarisTimeoutAfterConnectFailuresIsAConnectFailure() {
    RuntimeException error = SqlErrors.translate("connecting",
        new SQLTransientConnectionException("catalog - Connection is not available", "08001"));
    assertEquals(DatabaseUnavailable.Reason.CONNECT_FAILED, assertInstanceOf(DatabaseUnavailable.class, error).reason());
  }

  /**
   * A database dropped or not accepting connections, a role refused its login: a failed connection, in no
   * pool (none mode) as in Hikari's.
   */
  @ParameterizedTest
  @ValueSource(strings = {"3D000", "28000", "28P01", "57P03", "08006", "55000"})
  void aDatabaseThatRefusesTheLoginIsNotReachable(String state) {
    RuntimeException direct = SqlErrors.translate("borrowing a connection", new SQLException("refused", state));
    assertEquals(DatabaseUnavailable.Reason.CONNECT_FAILED, assertInstanceOf(DatabaseUnavailable.class, direct).reason());
    RuntimeException pooled = SqlErrors.translate("borrowing a connection",
        new SQLTransientConnectionException("catalog - Connection is not available", state));
    assertEquals(DatabaseUnavailable.Reason.CONNECT_FAILED, assertInstanceOf(DatabaseUnavailable.class, pooled).reason());
  }

  @Test
  void otherStatesAreTheServicesFault() {
    assertInstanceOf(DatabaseFailure.class, SqlErrors.translate("reading", new SQLException("syntax", "42601")));
  }
}
