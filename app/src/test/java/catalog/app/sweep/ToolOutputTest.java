package catalog.app.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What the sweep reads from wrk's BENCH line and from pgbench's summary. */
class ToolOutputTest {
  @Test
  void theBenchLineIsReadAmongWrksOtherOutput() {
    WrkResult r = WrkResult.parse("""
        Running 2s test @ http://127.0.0.1:8080/
          2 threads and 8 connections
        BENCH rps=1234.5 p50_ms=1.000 p90_ms=2.000 p99_ms=9.500 max_ms=20.000 mean_ms=1.500 requests=2469 \
        duration_s=2.000 socket_errors=0 connect_errors=0 read_errors=0 write_errors=0 timeouts=0 non2xx=3
        """);
    assertEquals(1234.5, r.get("rps"));
    assertEquals(9.5, r.get("p99_ms"));
    assertEquals(2469, r.count("requests"));
    assertEquals(3, r.count("non2xx"));
    assertFalse(r.counted(), "the read workload does not count statuses");
    assertEquals(-1, r.count("status_5xx"));
    assertEquals(2.0, r.seconds(10));
  }

  @Test
  void statusCountsArePresentWhenTheWorkloadCountedThem() {
    WrkResult r = WrkResult.parse("BENCH rps=1 p50_ms=1 p99_ms=1 requests=10 socket_errors=0 non2xx=2 status_2xx=8 "
        + "status_4xx=2 status_412=2 status_5xx=0 status_503=0 writes=5\n");
    assertTrue(r.counted());
    assertEquals(5, r.count("writes"));
    assertEquals(10, r.seconds(10), "no duration_s: the planned one");
  }

  @Test
  void noBenchLineOrAMissingFigureIsAClearError() {
    IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
        () -> WrkResult.parse("Running 2s test\n"));
    assertTrue(none.getMessage().contains("no BENCH line"), none.getMessage());
    IllegalArgumentException partial = assertThrows(IllegalArgumentException.class,
        () -> WrkResult.parse("BENCH rps=1 p50_ms=1\n"));
    assertTrue(partial.getMessage().contains("p99_ms"), partial.getMessage());
  }

  @Test
  void pgbenchsSummaryGivesTpsLatencyAndTransactions() {
    Pgbench.PgbenchResult r = Pgbench.PgbenchResult.parse("""
        pgbench (15.20 (Debian 15.20-0+deb12u1))
        transaction type: <builtin: select only>
        scaling factor: 10
        query mode: prepared
        number of clients: 16
        number of threads: 2
        maximum number of tries: 1
        duration: 4 s
        number of transactions actually processed: 160123
        number of failed transactions: 0 (0.000%)
        latency average = 0.399 ms
        initial connection time = 25.338 ms
        tps = 40087.123456 (without initial connection time)
        """, 4);
    assertEquals(40087.123456, r.tps());
    assertEquals(0.399, r.latencyMs());
    assertEquals(160123, r.transactions());
    assertEquals(4, r.seconds());
  }

  @Test
  void pgbenchWithoutTpsIsASweepFailure() {
    assertThrows(SweepFailure.class, () -> Pgbench.PgbenchResult.parse("connection refused\n", 4));
  }
}
