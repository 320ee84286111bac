package catalog.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One scrape of {@code GET /metrics}, with look-ups of single samples. */
public record Scrape(String text) {
  public static Scrape of(TestServer server) {
    HttpResponse<String> response = server.get("/metrics");
    assertEquals(200, response.statusCode(), response::body);
    return new Scrape(response.body());
  }

  /** The value of the sample written exactly as {@code series} (name and labels in exposition order). */
  public Optional<Double> value(String series) {
    Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(text);
    return m.find() ? Optional.of(Double.parseDouble(m.group(1))) : Optional.empty();
  }

  public double valueOf(String series) {
    return value(series).orElseThrow(() -> new AssertionError("no sample " + series + " in:\n" + text));
  }

  public boolean has(String fragment) {
    return text.contains(fragment);
  }
}
