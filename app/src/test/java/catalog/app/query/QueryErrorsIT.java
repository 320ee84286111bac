package catalog.app.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import catalog.app.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every way to misuse the list, search and filter-options query strings is a 400 that names the key. */
class QueryErrorsIT {
  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static JsonNode problem(String pathAndQuery) {
    HttpResponse<String> response = server.get(pathAndQuery);
    assertEquals(400, response.statusCode(), pathAndQuery + " answered " + response.body());
    assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
    try {
      JsonNode body = Seeds.JSON.readTree(response.body());
      assertEquals(400, body.path("status").asInt());
      assertEquals("urn:catalog:problem:bad-request", body.path("type").asText());
      return body;
    } catch (Exception e) {
      throw new AssertionError(response.body(), e);
    }
  }

  private static List<String> fields(JsonNode problem) {
    List<String> fields = new ArrayList<>();
    problem.path("errors").forEach(e -> fields.add(e.path("field").asText()));
    return fields;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "price=1|price",
      "brand_gte=x|brand_gte",
      "brand_like=x|brand_like",
      "calories=100|calories",
      "calories_ne=100|calories_ne",
      "calories_not_in=100|calories_not_in",
      "name_lte=x|name_lte",
      "barcode_like=1|barcode_like",
      "is_food_ne=true|is_food_ne",
      "discarded_not_in=true|discarded_not_in",
      "id_gte=00000000-0000-0000-0000-000000000000|id_gte",
      "created_at=2024-01-01T00:00:00Z|created_at",
      "updated_at_ne=2024-01-01T00:00:00Z|updated_at_ne",
      "vitamin_c_like=1|vitamin_c_like",
      "brand_ne=a&brand_ne=b|brand_ne",
      "calories_lte=1&calories_lte=2|calories_lte",
      "created_at_gte=2024-01-01T00:00:00Z&created_at_gte=2024-01-02T00:00:00Z|created_at_gte",
      "name_like=a&name_like=b|name_like",
      "id=nope|id",
      "id=1-1-1-1-1|id",
      "id_ne=0000000-0000-0000-0000-000000000000|id_ne",
      "created_at_lte=2026-11-27T05:35:06.0714429Z|created_at_lte",
      "updated_at_gte=2026-11-27T05:35:06.000000001Z|updated_at_gte",
      "id_not_in=nope|id_not_in",
      "calories_lte=lots|calories_lte",
      "protein_gte=NaN|protein_gte",
      "sodium_gte=1e999|sodium_gte",
      "created_at_gte=yesterday|created_at_gte",
      "created_at_gte=%2B999999999-12-31T23:59:59Z|created_at_gte",
      "created_at_lte=%2B294277-01-01T00:00:00Z|created_at_lte",
      "updated_at_gte=-999999999-01-01T00:00:00Z|updated_at_gte",
      "updated_at_lte=%2B10000-01-01T00:00:00Z|updated_at_lte",
      "updated_at_lte=-0001-12-31T23:59:59Z|updated_at_lte",
      "updated_at_lte=2024-01-01|updated_at_lte",
      "is_food=yes|is_food",
      "discarded=1|discarded",
      "name_like=|name_like",
      "brand=|brand",
      "limit=0|limit",
      "limit=201|limit",
      "limit=-5|limit",
      "limit=ten|limit",
      "limit=%D9%A3|limit",
      "limit=%2B3|limit",
      "=x|=x",
      "limit=1&limit=2|limit",
      "sort=price|sort",
      "sort=id|sort",
      "sort=-is_food|sort",
      "sort=discarded|sort",
      "sort=name,name|sort",
      "sort=name,-name|sort",
      "sort=|sort",
      "sort=name,|sort",
      "sort=--name|sort",
      "sort=name&sort=barcode|sort",
      "include_total=yes|include_total",
      "cursor=nope|cursor",
      "cursor=a&cursor=b|cursor"})
  void listMisuseNamesTheKey(String query, String field) {
    assertEquals(List.of(field), fields(problem("/v1/products?" + query)));
  }

  @Test
  void everyProblemOfAListQueryIsReportedAtOnce() {
    JsonNode problem = problem("/v1/products?price=1&calories=2&limit=0&sort=nope&brand_gte=x");
    assertEquals(List.of("brand_gte", "calories", "limit", "price", "sort"), fields(problem).stream().sorted().toList());
    assertTrue(problem.path("detail").asText().contains("5 problems"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "''|q",
      "q=|q",
      "q=%20%20|q",
      "q=%25_!%3F|q",
      "q=rice&q=beans|q",
      "q=rice&limit=0|limit",
      "q=rice&limit=101|limit",
      "q=rice&limit=many|limit",
      "q=rice&limit=%D9%A3|limit",
      "q=rice&=x|=x",
      "q=rice&sort=name|sort",
      "q=rice&brand=x|brand",
      "q=rice&cursor=x|cursor"})
  void searchMisuseNamesTheKey(String query, String field) {
    assertEquals(List.of(field), fields(problem("/v1/products/search?" + query)));
  }

  @Test
  void searchQueryHasAMaximumLength() {
    assertEquals(List.of("q"), fields(problem("/v1/products/search?q=" + "a".repeat(201))));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "sort=name|sort",
      "limit=5|limit",
      "cursor=x|cursor",
      "include_total=true|include_total",
      "discarded=true|discarded",
      "price=1|price",
      "brand_gte=x|brand_gte",
      "calories_lte=x|calories_lte",
      "brand_ne=a&brand_ne=b|brand_ne",
      "created_at_gte=%2B999999999-12-31T23:59:59Z|created_at_gte"})
  void filterOptionsMisuseNamesTheKey(String query, String field) {
    assertEquals(List.of(field), fields(problem("/v1/products/filter-options?" + query)));
  }

  /** The keys it lists are the ones filter options take: not sort, limit, cursor or include_total. */
  @Test
  void filterOptionsNamesOnlyFiltersForAnUnknownKey() {
    String message = problem("/v1/products/filter-options?price=1").path("errors").get(0).path("message").asText();
    assertTrue(message.contains("brand_not_in"), message);
    assertFalse(message.contains("include_total") || message.contains("cursor"), message);
  }

  @Test
  void timesWithWholeMicrosecondsInNineDigitsAreTaken() {
    assertEquals(200, server.get("/v1/products?created_at_lte=2026-11-27T05:35:06.071443000Z&limit=1").statusCode());
  }

  @Test
  void aProductIdMustBeAFullUuid() {
    JsonNode problem = problem("/v1/products/1-1-1-1-1");
    assertEquals(List.of("id"), fields(problem));
  }

  /**
   * Sent over a plain socket: java.net.URI refuses a malformed escape, but a client may send one. Before
   * the check, Javalin read {@code calories_lte=%ZZ} as a key with no value (a 500), dropped {@code %ZZ=1}
   * silently, and a NUL reached PostgreSQL (a 500).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "/v1/products?brand=%00|brand",
      "/v1/products?name_like=a%00b|name_like",
      "/v1/products?barcode_not_in=%00|barcode_not_in",
      "/v1/products?calories_lte=%C3%28|calories_lte",
      "/v1/products/search?q=rice%00|q",
      "/v1/products/filter-options?category=%00|category",
      "/v1/products?calories_lte=%ZZ|calories_lte",
      "/v1/products?%ZZ=1|%ZZ",
      "/v1/products?brand=a%b_c|brand",
      "/v1/products?name_like=100%|name_like",
      "/v1/products/search?q=100%|q",
      "/v1/products/filter-options?brand=%G0|brand",
      "/v1/products/00000000-0000-0000-0000-000000000000?x=%ZZ|x"})
  void aParameterThatIsNotPercentEncodedUtf8WithoutNulIsNamed(String target, String field) throws Exception {
    TestServer.RawResponse response = server.sendRaw("GET", target, List.of(), new byte[0]);
    assertEquals(400, response.status(), response::toString);
    assertEquals("application/problem+json", response.contentType(), response::toString);
    assertEquals(List.of(field), fields(Seeds.JSON.readTree(response.body())), response::toString);
  }

  /**
   * Bytes sent unencoded that are not UTF-8: Jetty puts U+FFFD in their place, and the list and search
   * answered 200 for a value nobody sent. Unencoded UTF-8 is still read.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "/v1/products?name=|name",
      "/v1/products/search?q=mango|q",
      "/v1/products/filter-options?brand=x|brand"})
  void aParameterSentUnencodedThatIsNotUtf8IsNamed(String target, String field) throws Exception {
    byte[] utf8 = target.getBytes(StandardCharsets.UTF_8);
    byte[] latin1 = Arrays.copyOf(utf8, utf8.length + 1);
    latin1[utf8.length] = (byte) 0xFF;
    TestServer.RawResponse response = server.sendRaw("GET", latin1, List.of(), new byte[0]);
    assertEquals(400, response.status(), response::toString);
    assertEquals("application/problem+json", response.contentType(), response::toString);
    assertEquals(List.of(field), fields(Seeds.JSON.readTree(response.body())), response::toString);

    TestServer.RawResponse unencoded = server.sendRaw("GET", (target + "ç").getBytes(StandardCharsets.UTF_8),
        List.of(), new byte[0]);
    assertEquals(200, unencoded.status(), unencoded::toString);
  }

  @Test
  void theYearsOfRfc3339AreTaken() {
    for (String time : List.of("0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999Z")) {
      HttpResponse<String> response = server.get("/v1/products?created_at_gte=" + time + "&updated_at_lte=" + time);
      assertEquals(200, response.statusCode(), time + " answered " + response.body());
    }
  }
}
