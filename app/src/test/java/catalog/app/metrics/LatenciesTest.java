package catalog.app.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Percentiles since start and over a 10 s window that slides with the clock. */
class LatenciesTest {
  private static final long SECOND = 1_000_000_000L;
  private static final long MILLI = 1_000_000L;

  private final AtomicLong clock = new AtomicLong(5 * SECOND);
  private final Latencies latencies = new Latencies(clock::get);

  @Test
  void nothingRecordedIsZeroEverywhere() {
    Latencies.Snapshot snapshot = latencies.snapshot();
    assertEquals(new Latencies.Summary(0, 0.0, 0.0), snapshot.sinceStart());
    assertEquals(new Latencies.Summary(0, 0.0, 0.0), snapshot.lastWindow());
  }

  @Test
  void percentilesAreInMilliseconds() {
    for (int ms = 1; ms <= 100; ms++) {
      latencies.record(ms * MILLI);
    }
    Latencies.Summary all = latencies.snapshot().sinceStart();
    assertEquals(100, all.count());
    assertEquals(50.0, all.p50(), 0.05);
    assertEquals(99.0, all.p99(), 0.1);
    assertEquals(all, latencies.snapshot().lastWindow());
  }

  @Test
  void theWindowForgetsWhatIsOlderThanTenSecondsAndSinceStartDoesNot() {
    latencies.record(900 * MILLI);
    clock.addAndGet(4 * SECOND);
    latencies.record(2 * MILLI);
    clock.addAndGet(4 * SECOND);
    latencies.record(3 * MILLI);

    Latencies.Snapshot at8s = latencies.snapshot();
    assertEquals(3, at8s.lastWindow().count());
    assertEquals(900.0, at8s.lastWindow().p99(), 1.0);

    clock.addAndGet(3 * SECOND);
    Latencies.Snapshot at11s = latencies.snapshot();
    assertEquals(2, at11s.lastWindow().count(), "the 900 ms one is 11 s old");
    assertEquals(3.0, at11s.lastWindow().p99(), 0.01);
    assertEquals(3, at11s.sinceStart().count());

    clock.addAndGet(60 * SECOND);
    Latencies.Snapshot later = latencies.snapshot();
    assertEquals(0, later.lastWindow().count());
    assertEquals(0.0, later.lastWindow().p50());
    assertEquals(3, later.sinceStart().count());
  }

  @Test
  void aSlotIsReusedOnlyForItsOwnSecond() {
    latencies.record(1 * MILLI);
    clock.addAndGet(10 * SECOND);
    latencies.record(7 * MILLI);
    Latencies.Summary window = latencies.snapshot().lastWindow();
    assertEquals(1, window.count(), "the value from ten seconds ago shares the slot but not the second");
    assertEquals(7.0, window.p50(), 0.01);
  }

  @Test
  void valuesRecordedWhileNobodyReadsKeepTheirSecond() {
    latencies.record(5 * MILLI);
    clock.addAndGet(30 * SECOND);
    assertEquals(0, latencies.snapshot().lastWindow().count());
    assertEquals(1, latencies.snapshot().sinceStart().count());
  }
}
