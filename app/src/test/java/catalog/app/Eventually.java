package catalog.app;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits, within a generous did-not-hang bound, for something that happens in the background. */
public final class Eventually {
  public static final Duration BOUND = Duration.ofSeconds(20);

  private Eventually() {}

  public static void holds(String what, BooleanSupplier condition, Supplier<?> state) {
    holds(what, condition, state, BOUND);
  }

  /** With a bound of its own, for steps that a busy machine slows down most. */
  public static void holds(String what, BooleanSupplier condition, Supplier<?> state, Duration bound) {
    long deadline = System.nanoTime() + bound.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within " + bound.toSeconds() + " s: " + what + "; last seen: " + state.get());
      }
      try {
        Thread.sleep(25);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting for: " + what, e);
      }
    }
  }
}
