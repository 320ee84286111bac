package catalog.app.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrometheusTextTest {
  private static final String TEXT = """
      # HELP hikaricp_connections_acquire_seconds Connection acquire time
      # TYPE hikaricp_connections_acquire_seconds summary
      hikaricp_connections_acquire_seconds_count{pool="catalog"} 2
      hikaricp_connections_acquire_seconds_sum{pool="catalog"} 0.007503498
      hikaricp_connections_pending{pool="catalog"} 0.0

      http_server_requests_seconds_count{method="GET",outcome="SUCCESS",status="200",uri="/v1/products/{id}"} 10 1700000000000
      http_server_requests_seconds_count{method="GET",outcome="SERVER_ERROR",status="503",uri="/v1/products/{id}"} 3
      http_server_requests_seconds_count{method="GET",outcome="SUCCESS",status="200",uri="/admin/pool"} 4
      odd_labels{path="a \\"quoted\\" \\\\ back\\nslash",empty=""} -Inf
      not_a_number NaN
      catalog_db_acquire_seconds_bucket{le="0.001"} 5
      catalog_db_acquire_seconds_bucket{le="0.002"} 9
      catalog_db_acquire_seconds_bucket{le="+Inf"} 10
      """;

  @Test
  void readsNamesLabelsAndValuesSkippingCommentsAndBlankLines() {
    Scrape s = PrometheusText.parse(TEXT);
    assertEquals(11, s.samples().size());
    Sample first = s.samples().getFirst();
    assertEquals("hikaricp_connections_acquire_seconds_count", first.name());
    assertEquals(Map.of("pool", "catalog"), first.labels());
    assertEquals(2.0, first.value());
    assertEquals(0.007503498, s.sum("hikaricp_connections_acquire_seconds_sum"));
  }

  @Test
  void aTrailingTimestampIsIgnored() {
    Scrape s = PrometheusText.parse(TEXT);
    assertEquals(10.0, s.sum("http_server_requests_seconds_count", Map.of("status", "200", "uri", "/v1/products/{id}")));
  }

  @Test
  void labelValuesKeepEscapedQuotesBackslashesAndNewlines() {
    Sample odd = PrometheusText.parse(TEXT).series("odd_labels").getFirst();
    assertEquals("a \"quoted\" \\ back\nslash", odd.labels().get("path"));
    assertEquals("", odd.labels().get("empty"));
    assertEquals(Double.NEGATIVE_INFINITY, odd.value());
    assertTrue(Double.isNaN(PrometheusText.parse(TEXT).sum("not_a_number")));
  }

  @Test
  void sumsAddEveryMatchingSeriesAndAnAbsentSeriesIsNaN() {
    Scrape s = PrometheusText.parse(TEXT);
    assertEquals(17.0, s.sum("http_server_requests_seconds_count"));
    assertEquals(13.0, s.sum("http_server_requests_seconds_count", Map.of("uri", "/v1/products/{id}")));
    assertTrue(Double.isNaN(s.sum("no_such_series")));
    assertFalse(s.has("no_such_series"));
  }

  @Test
  void bucketsAreReadInOrderOfTheirUpperBound() {
    var buckets = PrometheusText.parse(TEXT).buckets("catalog_db_acquire_seconds");
    assertEquals(List.of(0.001, 0.002, Double.POSITIVE_INFINITY), List.copyOf(buckets.keySet()));
    assertEquals(10.0, buckets.lastEntry().getValue());
  }

  @Test
  void aLineThatIsNotASampleSaysWhichLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PrometheusText.parse("ok 1\nbroken{le=\"1\" 2\n"));
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
  }

  @Test
  void aWindowGivesDeltasMeansAndStatusCounts() {
    Scrape before = PrometheusText.parse("""
        catalog_db_hold_seconds_count 100
        catalog_db_hold_seconds_sum 0.5
        http_server_requests_seconds_count{status="200",uri="/v1/products/{id}"} 100
        http_server_requests_seconds_count{status="503",uri="/v1/products/{id}"} 1
        """);
    Scrape after = PrometheusText.parse("""
        catalog_db_hold_seconds_count 300
        catalog_db_hold_seconds_sum 0.9
        http_server_requests_seconds_count{status="200",uri="/v1/products/{id}"} 290
        http_server_requests_seconds_count{status="503",uri="/v1/products/{id}"} 4
        http_server_requests_seconds_count{status="500",uri="/v1/products/{id}"} 2
        """);
    MetricsWindow w = new MetricsWindow(before, after);
    assertEquals(200.0, w.count("catalog_db_hold_seconds"));
    assertEquals(2.0, w.meanMs("catalog_db_hold_seconds"), 1e-9, "0.4 s over 200 holds");
    assertEquals(5.0, w.httpAnswers("5"), "3 more 503 and 2 new 500");
    assertEquals(3.0, w.httpAnswers("503"));
    assertEquals(190.0, w.httpAnswers("2"));
    assertTrue(w.hasHttpStatus());
  }

  @Test
  void aCounterThatWentDownWasResetSoItsLaterValueIsTheDelta() {
    MetricsWindow w = new MetricsWindow(PrometheusText.parse("c_total 50\n"), PrometheusText.parse("c_total 7\n"));
    assertEquals(7.0, w.delta("c_total"));
  }

  @Test
  void quantilesComeFromBucketDeltas() {
    Scrape before = PrometheusText.parse("""
        t_seconds_bucket{le="0.001"} 100
        t_seconds_bucket{le="0.002"} 100
        t_seconds_bucket{le="+Inf"} 100
        """);
    Scrape after = PrometheusText.parse("""
        t_seconds_bucket{le="0.001"} 150
        t_seconds_bucket{le="0.002"} 200
        t_seconds_bucket{le="+Inf"} 200
        """);
    MetricsWindow w = new MetricsWindow(before, after);
    assertEquals(1.0, w.quantileMs("t_seconds", 0.5), 1e-9, "50 of 100 new observations at or below 1 ms");
    assertEquals(1.98, w.quantileMs("t_seconds", 0.99), 1e-9, "interpolated inside the 1..2 ms bucket");
    assertTrue(Double.isNaN(w.quantileMs("absent_seconds", 0.99)));
  }
}
