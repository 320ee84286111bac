package catalog.app.walk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The list and the import of a running service, over java.net.http. */
final class ListClient implements Walk.Pages {
  private final URI base;
  private final String filter;
  private final int limit;
  private final ObjectMapper mapper;
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /**
   * {@code filter}: list filters as a query string ({@code source=x&is_food=true}), or empty; see {@link
   * #queryOf}.
   */
  ListClient(URI base, String filter, int limit, ObjectMapper mapper) {
    this.base = base;
    this.filter = queryOf(filter);
    this.limit = limit;
    this.mapper = mapper;
  }

  /**
   * A query string as typed ({@code name_like=green leaves}, {@code brand=A%26B}) encoded for a URI: each key
   * and value is decoded, then encoded again. A {@code %} not followed by two hex digits cannot be read:
   * an {@link IllegalArgumentException} that says so (it was a stack trace from {@link URI#create}).
   */
  static String queryOf(String filter) {
    if (filter.isEmpty()) {
      return filter;
    }
    List<String> pairs = new ArrayList<>();
    for (String pair : filter.split("&", -1)) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? null : pair.substring(eq + 1);
      try {
        pairs.add(encode(URLDecoder.decode(key, StandardCharsets.UTF_8))
            + (value == null ? "" : "=" + encode(URLDecoder.decode(value, StandardCharsets.UTF_8))));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("cannot read '" + pair + "': a '%' must start an escape such as %20", e);
      }
    }
    return String.join("&", pairs);
  }

  @Override
  public Walk.Page page(String sort, String cursor) {
    String query = "sort=" + encode(sort) + "&limit=" + limit + (filter.isEmpty() ? "" : "&" + filter)
        + (cursor == null ? "" : "&cursor=" + encode(cursor));
    JsonNode body = json(send(HttpRequest.newBuilder(base.resolve("/v1/products?" + query)).GET()));
    List<String> ids = new ArrayList<>();
    body.path("data").forEach(product -> ids.add(product.path("id").asText()));
    JsonNode next = body.path("page").path("next_cursor");
    return new Walk.Page(ids, next.isTextual() ? next.asText() : null);
  }

  /** How many live products the whole catalog holds (the filter aside). */
  long total() {
    JsonNode body = json(send(HttpRequest.newBuilder(base.resolve("/v1/products?limit=1&include_total=true")).GET()));
    return body.path("page").path("total").asLong();
  }

  /** Posts NDJSON rows to the import; answers how many it inserted. */
  long importRows(String ndjson, String apiKey) {
    JsonNode report = json(send(HttpRequest.newBuilder(base.resolve("/v1/products/import"))
        .header("Content-Type", "application/x-ndjson").header("Authorization", "Bearer " + apiKey)
        .POST(HttpRequest.BodyPublishers.ofString(ndjson))));
    if (report.path("failed").asLong() > 0) {
      throw new WalkFailure("the import refused rows: " + report.path("errors"));
    }
    return report.path("inserted").asLong();
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    HttpRequest built = request.timeout(Duration.ofSeconds(30)).build();
    try {
      HttpResponse<String> response = client.send(built, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new WalkFailure(built.method() + " " + built.uri() + " answered " + response.statusCode() + ": "
            + response.body().substring(0, Math.min(500, response.body().length())));
      }
      return response;
    } catch (IOException e) {
      throw new WalkFailure("the service at " + base + " did not answer " + built.method() + " " + built.uri()
          + ": " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new WalkFailure("interrupted");
    }
  }

  private JsonNode json(HttpResponse<String> response) {
    try {
      return mapper.readTree(response.body());
    } catch (IOException e) {
      throw new WalkFailure("not JSON from " + response.uri() + ": " + e.getMessage());
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
