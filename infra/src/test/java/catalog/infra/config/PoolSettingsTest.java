package catalog.infra.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Pool figures: the waiter limit follows a resize unless it was set, and figures out of range are refused. */
class PoolSettingsTest {
  private final PoolSettings derived = new PoolSettings(PoolMode.HIKARI, 2, 1, 2000, 1800);
  private final PoolSettings fixed = new PoolSettings(PoolMode.HIKARI, 2, 1, 2000, 1800, OptionalInt.of(7));

  @Test
  void theDefaultWaiterLimitIsFourPerConnectionAndFollowsAResize() {
    assertEquals(12, derived.maxWaiters());
    PoolSettings grown = derived.resized(16, 4);
    assertEquals(20, grown.maxSize());
    assertEquals(80, grown.maxWaiters());
  }

  @Test
  void aConfiguredWaiterLimitStaysAcrossAResize() {
    assertEquals(7, fixed.maxWaiters());
    assertEquals(7, fixed.resized(16, 0).maxWaiters());
  }

  @Test
  void aResizeKeepsModeTimeoutAndLifetime() {
    PoolSettings resized = derived.resized(5, 0);
    assertEquals(new PoolSettings(PoolMode.HIKARI, 5, 0, 2000, 1800), resized);
  }

  @Test
  void figuresOutOfRangeAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> derived.resized(0, 0));
    assertThrows(IllegalArgumentException.class, () -> derived.resized(1001, 0));
    assertThrows(IllegalArgumentException.class, () -> derived.resized(1, -1));
    assertThrows(IllegalArgumentException.class, () -> derived.resized(1, 1001));
  }
}
