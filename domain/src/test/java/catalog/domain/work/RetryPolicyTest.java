package catalog.domain.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Random;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  private static final Duration BASE = Duration.ofMillis(5);
  private static final Duration MAX = Duration.ofMillis(200);
  private static final RetryPolicy POLICY = new RetryPolicy(10, BASE, MAX);

  /** Always draws the largest value allowed, so the delay shows the cap itself. */
  private static final RandomGenerator HIGHEST = new RandomGenerator() {
    @Override
    public long nextLong() {
      return Long.MAX_VALUE;
    }

    @Override
    public long nextLong(long bound) {
      return bound - 1;
    }
  };

  @Test
  void delayIsNeverNegativeNorAboveMaxDelay() {
    RandomGenerator random = new Random(42);
    for (int attempt = 1; attempt <= 40; attempt++) {
      for (int draw = 0; draw < 200; draw++) {
        Duration d = POLICY.delayAfter(attempt, random);
        assertTrue(!d.isNegative() && d.compareTo(MAX) <= 0, () -> "delay " + d);
      }
    }
  }

  @Test
  void capDoublesWithEachAttemptUntilMaxDelay() {
    assertEquals(Duration.ofMillis(5), POLICY.delayAfter(1, HIGHEST));
    assertEquals(Duration.ofMillis(10), POLICY.delayAfter(2, HIGHEST));
    assertEquals(Duration.ofMillis(20), POLICY.delayAfter(3, HIGHEST));
    assertEquals(Duration.ofMillis(160), POLICY.delayAfter(6, HIGHEST));
    assertEquals(MAX, POLICY.delayAfter(7, HIGHEST));
    assertEquals(MAX, POLICY.delayAfter(64, HIGHEST));
  }

  @Test
  void seededDrawsSpreadUpToTheGrowingCap() {
    RandomGenerator random = new Random(7);
    long firstMax = 0;
    long laterMax = 0;
    for (int draw = 0; draw < 500; draw++) {
      firstMax = Math.max(firstMax, POLICY.delayAfter(1, random).toNanos());
      laterMax = Math.max(laterMax, POLICY.delayAfter(5, random).toNanos());
    }
    assertTrue(firstMax <= BASE.toNanos());
    assertTrue(laterMax > BASE.toNanos() * 4, () -> "never waited long after attempt 5");
  }

  @Test
  void zeroBaseDelayNeverWaits() {
    RetryPolicy noWait = new RetryPolicy(3, Duration.ZERO, MAX);
    assertEquals(Duration.ZERO, noWait.delayAfter(3, HIGHEST));
  }

  @Test
  void needsAtLeastOneAttempt() {
    assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(0, BASE, MAX));
    assertThrows(NullPointerException.class, () -> new RetryPolicy(1, null, MAX));
  }
}
