package catalog.app.metrics;

import java.util.function.LongSupplier;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Latencies of one kind (waiting for a connection, holding one) as HdrHistograms: one since start
 * and one over the last {@value #WINDOW_SECONDS} s. Writers record into a wait-free {@link Recorder};
 * when a new second starts, what it holds moves into the cumulative histogram and into that second's
 * slot of a ring, from which the window is summed on read.
 */
public final class Latencies {
  public static final int WINDOW_SECONDS = 10;
  private static final int SIGNIFICANT_DIGITS = 3;
  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  private final LongSupplier nanoClock;
  private final Recorder recorder = new Recorder(SIGNIFICANT_DIGITS);
  private final Histogram sinceStart = new Histogram(SIGNIFICANT_DIGITS);
  private final Histogram[] slots = new Histogram[WINDOW_SECONDS];
  private final long[] slotSecond = new long[WINDOW_SECONDS];
  private Histogram interval;
  private volatile long recorderSecond;

  public Latencies() {
    this(System::nanoTime);
  }

  /** With a clock of its own, in nanoseconds (tests pass one they move by hand). */
  public Latencies(LongSupplier nanoClock) {
    this.nanoClock = nanoClock;
    for (int i = 0; i < WINDOW_SECONDS; i++) {
      slots[i] = new Histogram(SIGNIFICANT_DIGITS);
      slotSecond[i] = Long.MIN_VALUE;
    }
    this.recorderSecond = second();
  }

  /** Counts one latency, in nanoseconds (kept at microsecond resolution). */
  public void record(long nanos) {
    long now = second();
    if (now > recorderSecond) {
      synchronized (this) {
        harvest(now);
      }
    }
    recorder.recordValue(Math.max(0, nanos / 1000));
  }

  /** Count, p50 and p99 since start and over the last {@value #WINDOW_SECONDS} s. */
  public synchronized Snapshot snapshot() {
    long now = second();
    harvest(now);
    Histogram window = new Histogram(SIGNIFICANT_DIGITS);
    for (int i = 0; i < WINDOW_SECONDS; i++) {
      if (now - slotSecond[i] < WINDOW_SECONDS) {
        window.add(slots[i]);
      }
    }
    return new Snapshot(Summary.of(sinceStart), Summary.of(window));
  }

  /**
   * Moves what the recorder holds to the cumulative histogram and to the slot of
   * {@code recorderSecond}: every write checks the second first, so all of it was recorded then
   * (give or take a write racing the move, which lands one second off).
   */
  private void harvest(long now) {
    interval = recorder.getIntervalHistogram(interval);
    if (interval.getTotalCount() > 0) {
      sinceStart.add(interval);
      int slot = (int) Math.floorMod(recorderSecond, (long) WINDOW_SECONDS);
      if (slotSecond[slot] != recorderSecond) {
        slots[slot].reset();
        slotSecond[slot] = recorderSecond;
      }
      slots[slot].add(interval);
    }
    if (now > recorderSecond) {
      recorderSecond = now;
    }
  }

  private long second() {
    return Math.floorDiv(nanoClock.getAsLong(), NANOS_PER_SECOND);
  }

  /** Both views of one kind of latency. */
  public record Snapshot(Summary sinceStart, Summary lastWindow) {}

  /** How many, and the median and 99th percentile in milliseconds (0 when there are none). */
  public record Summary(long count, double p50, double p99) {
    static Summary of(Histogram h) {
      if (h.getTotalCount() == 0) {
        return new Summary(0, 0.0, 0.0);
      }
      return new Summary(h.getTotalCount(), h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(99) / 1000.0);
    }
  }
}
