package catalog.infra.db;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits, within a generous did-not-hang bound, for something that happens in the background. */
final class Eventually {
  static final Duration BOUND = Duration.ofSeconds(15);

  private Eventually() {}

  static void holds(String what, BooleanSupplier condition) {
    holds(what, condition, () -> "");
  }

  static void holds(String what, BooleanSupplier condition, Supplier<?> state) {
    long deadline = System.nanoTime() + BOUND.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within " + BOUND.toSeconds() + " s: " + what + " " + state.get());
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting for: " + what, e);
      }
    }
  }
}
