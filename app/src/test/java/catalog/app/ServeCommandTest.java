package catalog.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ServeCommandTest {
  /** A pool that may open more connections than the database allows the role is warned of at start. */
  @Test
  void aPoolPastTheDatabasesLimitIsWarnedOf() {
    String warning = ServeCommand.pastTheLimit(1000, OptionalInt.of(5)).orElseThrow();
    assertTrue(warning.startsWith("DB_POOL_SIZE + DB_POOL_MAX_OVERFLOW is 1000, but the database lets this role open"
        + " at most 5 connections"), warning);
    assertEquals(Optional.empty(), ServeCommand.pastTheLimit(5, OptionalInt.of(5)));
    assertEquals(Optional.empty(), ServeCommand.pastTheLimit(1000, OptionalInt.empty()), "behind PgBouncer");
  }
}
