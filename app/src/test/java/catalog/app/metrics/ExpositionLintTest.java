package catalog.app.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The fallback format checks catch what they claim to, so doing without promtool is not checking nothing. */
class ExpositionLintTest {

  @Test
  void aCleanExpositionHasNoProblems() {
    assertEquals("", ExpositionLint.problems("""
        # HELP requests_total Requests served
        # TYPE requests_total counter
        requests_total{route="/a"} 3.0
        # HELP latency_seconds Latency
        # TYPE latency_seconds histogram
        latency_seconds_bucket{route="/a",le="0.1"} 1
        latency_seconds_bucket{route="/a",le="+Inf"} 3
        latency_seconds_count{route="/a"} 3
        latency_seconds_sum{route="/a"} 0.5
        """));
  }

  @Test
  void findsMissingHelpCountersWithoutTotalReservedSuffixesAndBadBuckets() {
    String problems = ExpositionLint.problems("""
        # TYPE requests counter
        requests 3.0
        # HELP cpu_count CPUs
        # TYPE cpu_count gauge
        cpu_count 2
        # HELP latency_seconds Latency
        # TYPE latency_seconds histogram
        latency_seconds_bucket{le="0.1"} 5
        latency_seconds_bucket{le="0.2"} 4
        stray_sample 1
        """);
    assertTrue(problems.contains("requests: no HELP"), problems);
    assertTrue(problems.contains("requests: a counter's name should end in _total"), problems);
    assertTrue(problems.contains("cpu_count: a gauge's name should not end in _count"), problems);
    assertTrue(problems.contains("buckets do not end in +Inf"), problems);
    assertTrue(problems.contains("buckets are not cumulative"), problems);
    assertTrue(problems.contains("stray_sample: no TYPE"), problems);
  }
}
