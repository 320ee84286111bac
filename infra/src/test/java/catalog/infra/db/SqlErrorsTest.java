package catalog.infra.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

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
}
