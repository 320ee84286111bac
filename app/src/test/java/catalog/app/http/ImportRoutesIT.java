package catalog.app.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import catalog.app.TestServer;
import catalog.app.graph.CatalogModule;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code POST /v1/products/import} over real HTTP against the real database. */
class ImportRoutesIT {
  private static final String NDJSON = "application/x-ndjson";
  private static final String CSV = "text/csv";
  private static final ObjectMapper MAPPER = CatalogModule.objectMapper();
  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void ndjsonRowsAreInsertedWithClassificationsByNameOrId() {
    String source = unique("src");
    String sourceId = created("sources", unique("src by id"));
    String a = barcode();
    String b = barcode();
    String body = line("{\"name\": \"Nd oats\", \"barcode\": \"%s\", \"source\": \"%s\", \"brand\": \"%s\","
        + " \"nutri_facts\": {\"protein\": {\"value\": 13.5, \"unit\": \"g\"}}}", a, source, source)
        + line("{\"name\": \"Nd rice\", \"barcode\": \"%s\", \"source_id\": \"%s\"}", b, sourceId);

    JsonNode report = ok(post("", NDJSON, body));

    assertEquals(2, report.get("inserted").asLong());
    assertEquals(0, report.get("failed").asLong());
    assertEquals(0, report.get("errors").size());
    assertFalse(report.get("errors_truncated").asBoolean());
    JsonNode oats = onlyProduct("barcode=" + a);
    assertEquals(source, oats.at("/source/name").asText());
    assertEquals(source, oats.at("/brand/name").asText());
    assertEquals(13.5, oats.at("/nutri_facts/protein/value").asDouble());
    assertEquals(sourceId, onlyProduct("barcode=" + b).at("/source/id").asText());
  }

  @Test
  void importedRowsAreFoundByNameLikeAndBySimilaritySearch() {
    String source = unique("searchable src");
    String word = "Qz" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    String name = "Crème " + word + " Açaí";
    JsonNode report = ok(post("", NDJSON,
        line("{\"name\": \"%s\", \"barcode\": \"%s\", \"source\": \"%s\"}", name, barcode(), source)));
    assertEquals(1, report.get("inserted").asLong());

    // name_like compares against the folded name (no case, no accents) that the importer writes too.
    assertEquals(name, onlyProduct("name_like=" + enc("creme " + word.toLowerCase() + " acai")).get("name").asText());
    // Similarity search ranks on the search form of the name, also written by the importer.
    JsonNode found = json(server.get("/v1/products/search?limit=5&q=" + enc(word.toLowerCase())));
    assertEquals(name, found.at("/data/0/name").asText(), found.toString());
  }

  @Test
  void csvRowsAreInsertedWithNutrientColumnsInTheirUnits() {
    String source = unique("csv src");
    String a = barcode();
    String body = "name,barcode,source,food_group,calories,sodium,package_size,package_size_unit,score_final\n"
        + "Csv milk," + a + "," + source + ",Dairy " + source + ",61,44.5,1,l,70\n"
        + "\"Csv cheese, aged\",," + source + ",,402,,,,\n";

    JsonNode report = ok(post("", CSV, body));

    assertEquals(2, report.get("inserted").asLong());
    JsonNode milk = onlyProduct("barcode=" + a);
    assertEquals(61.0, milk.at("/nutri_facts/calories/value").asDouble());
    assertEquals("kcal", milk.at("/nutri_facts/calories/unit").asText());
    assertEquals(44.5, milk.at("/nutri_facts/sodium/value").asDouble());
    assertEquals("l", milk.get("package_size_unit").asText());
    assertEquals(70.0, milk.at("/score/final").asDouble());
    assertEquals("Dairy " + source, milk.at("/food_group/name").asText());
    assertEquals(2, total("source=" + enc(source)));
  }

  @Test
  void namesAreCreatedWhenMissingAndMatchLiveOnesIgnoringCase() {
    String source = unique("case src");
    String brand = unique("Case Brand");
    String brandId = created("brands", brand);
    String category = unique("New Category");
    String body = line("{\"name\": \"c1\", \"source\": \"%s\", \"brand\": \"%s\", \"category\": \"%s\"}",
        source, brand.toUpperCase(), category)
        + line("{\"name\": \"c2\", \"source\": \"%s\", \"brand\": \"%s\", \"category\": \"%s\"}",
        source.toUpperCase(), brand.toLowerCase(), category.toLowerCase());

    assertEquals(2, ok(post("", NDJSON, body)).get("inserted").asLong());

    JsonNode products = list("source=" + enc(source));
    for (JsonNode p : products) {
      assertEquals(brandId, p.at("/brand/id").asText());
      assertEquals(category, p.at("/category/name").asText());
    }
    assertEquals(products.get(0).at("/category/id"), products.get(1).at("/category/id"));
    assertEquals(1, countNamed("categories", category));
    assertEquals(1, countNamed("sources", source));
  }

  @Test
  void eachBadRowIsReportedWithItsLineAndTheGoodRowsAreKept() {
    String source = unique("err src");
    String body = line("{\"name\": \"good 1\", \"source\": \"%s\"}", source)
        + line("{\"name\": \"bad json\"")
        + "\n"
        + line("{\"name\": \"wrong type\", \"source\": \"%s\", \"package_size\": \"big\"}", source)
        + line("{\"name\": \"unknown\", \"source\": \"%s\", \"flavour\": \"salty\"}", source)
        + line("{\"name\": \"rule\", \"source\": \"%s\", \"nutri_facts\": {\"sodium\": {\"value\": 1, \"unit\": \"g\"}}}", source)
        + line("{\"name\": \"good 2\", \"source\": \"%s\"}", source);

    JsonNode report = ok(post("", NDJSON, body));

    assertEquals(2, report.get("inserted").asLong());
    assertEquals(4, report.get("failed").asLong());
    assertError(report, 0, 2, "row: is not valid JSON");
    assertError(report, 1, 4, "package_size: must be a number");
    assertError(report, 2, 5, "flavour: is not a known field");
    assertError(report, 3, 6, "nutri_facts.sodium.unit: must be mg for sodium");
    assertEquals(2, total("source=" + enc(source)));
  }

  /**
   * Jackson's limits (1,000 levels of nesting, numbers under 1,000 digits) fail a row without saying
   * where: that was a 500 for the whole import, the good rows around it lost.
   */
  @Test
  void aRowPastJacksonsLimitsFailsAlone() {
    String source = unique("limit src");
    String body = line("{\"name\": \"before\", \"source\": \"%s\"}", source)
        + line("{\"name\": \"deep\", \"source\": \"%s\", \"x\": %s%s}", source, "[".repeat(1001), "]".repeat(1001))
        + line("{\"name\": \"long\", \"source\": \"%s\", \"edible_yield\": 0.%s}", source, "1".repeat(1000))
        + line("{\"name\": \"after\", \"source\": \"%s\"}", source);

    JsonNode report = ok(post("", NDJSON, body));

    assertEquals(2, report.get("inserted").asLong());
    assertEquals(2, report.get("failed").asLong());
    assertError(report, 0, 2, "row: is not valid JSON");
    assertError(report, 1, 3, "row: is not valid JSON");
    assertEquals(2, total("source=" + enc(source)));
  }

  @Test
  void repeatsWithinTheFileAndConflictsWithTheCatalogFailWithTheirLines() {
    String source = unique("dup src");
    String taken = barcode();
    String repeated = barcode();
    ok(post("", NDJSON, line("{\"name\": \"first\", \"barcode\": \"%s\", \"source\": \"%s\"}", taken, source)));
    String body = "name,barcode,source\n"
        + "one," + repeated + "," + source + "\n"
        + "clash," + taken + "," + source + "\n"
        + "two," + repeated + "," + source + "\n";

    JsonNode report = ok(post("", CSV, body));

    assertEquals(1, report.get("inserted").asLong());
    assertEquals(2, report.get("failed").asLong());
    assertError(report, 0, 3, "already exists for this source");
    assertError(report, 1, 4, "repeats the barcode and source of line 2");
    assertEquals("one", onlyProduct("barcode=" + repeated).get("name").asText());
  }

  @Test
  void anAtomicImportWithOneBadRowInsertsNothingAndAnswers422WithTheReport() {
    String source = unique("atomic src");
    String body = line("{\"name\": \"would be fine\", \"source\": \"%s\", \"brand\": \"%s\"}", source, source)
        + line("{\"name\": \"\", \"source\": \"%s\"}", source);

    HttpResponse<String> response = post("?atomic=true", NDJSON, body);

    assertEquals(422, response.statusCode(), response.body());
    assertEquals(Problem.CONTENT_TYPE, response.headers().firstValue("Content-Type").orElseThrow());
    JsonNode problem = json(response);
    assertEquals("urn:catalog:problem:import-rejected", problem.get("type").asText());
    assertEquals(0, problem.get("inserted").asLong());
    assertEquals(1, problem.get("failed").asLong());
    assertError(problem, 0, 2, "name: must not be blank");
    assertEquals(0, total("source=" + enc(source)));
    assertEquals(0, countNamed("sources", source));
    assertEquals(0, countNamed("brands", source));
  }

  @Test
  void anAtomicImportOfGoodRowsKeepsThemAll() {
    String source = unique("atomic ok");
    String body = line("{\"name\": \"a\", \"source\": \"%s\"}", source) + line("{\"name\": \"b\", \"source\": \"%s\"}", source);
    assertEquals(2, ok(post("?atomic=true", NDJSON, body)).get("inserted").asLong());
    assertEquals(2, total("source=" + enc(source)));
  }

  /** Like every other true/false of the API (include_total, is_food), atomic ignores letter case. */
  @Test
  void atomicIgnoresLetterCase() {
    String source = unique("atomic case");
    String body = line("{\"name\": \"a\", \"source\": \"%s\"}", source) + line("{\"name\": \"\"}");
    HttpResponse<String> response = post("?atomic=TRUE", NDJSON, body);
    assertEquals(422, response.statusCode(), response.body());
    assertEquals(0, total("source=" + enc(source)));
  }

  @Test
  void theErrorListStopsAtAThousandAndSaysSo() {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 1500; i++) {
      body.append("{\"name\": 7}\n");
    }
    JsonNode report = ok(post("", NDJSON, body.toString()));
    assertEquals(1500, report.get("failed").asLong());
    assertEquals(1000, report.get("errors").size());
    assertEquals(1000, report.at("/errors/999/line").asLong());
    assertTrue(report.get("errors_truncated").asBoolean());
  }

  @Test
  void twentyThousandRowsStreamInWithoutALength() {
    String source = unique("stream src");
    String prefix = "st" + UUID.randomUUID().toString().substring(0, 8);
    int rows = 20_000;
    HttpRequest request = HttpRequest.newBuilder(server.uri("/v1/products/import"))
        .header("Authorization", "Bearer " + TestServer.API_KEY)
        .header("Content-Type", NDJSON)
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> streamed(out -> {
          for (int i = 0; i < rows; i++) {
            out.write(line("{\"name\": \"Streamed product %d with a long enough name to weigh\", \"barcode\": \"%s%d\","
                + " \"source\": \"%s\", \"brand\": \"Brand %d\", \"ingredients\": \"%s\"}",
                i, prefix, i, source, i % 7, "x".repeat(800)).getBytes(StandardCharsets.UTF_8));
          }
        })))
        .build();

    JsonNode report = ok(server.send(request));

    assertEquals(rows, report.get("inserted").asLong());
    assertEquals(rows, total("source=" + enc(source)));
  }

  @Test
  void aCsvRecordThatNeverEndsStopsTheImportAndKeepsNothing() {
    String source = unique("endless src");
    String body = "name,source\nkept?," + source + "\n\"never closed," + source + "\n" + "x".repeat(1_100_000);

    HttpResponse<String> response = post("", CSV, body);

    assertEquals(400, response.statusCode(), response.body());
    assertTrue(json(response).get("detail").asText().contains("after line 2"), response.body());
    assertEquals(0, total("source=" + enc(source)));
  }

  @Test
  void requestsThatCannotBeImportedAreRefusedWhole() {
    HttpResponse<String> unknownColumn = post("", CSV, "name,source,colour\nA,s,red\n");
    assertEquals(400, unknownColumn.statusCode());
    assertTrue(unknownColumn.body().contains("'colour' is not a known column"), unknownColumn.body());

    assertEquals(415, post("", "application/json", "{}").statusCode());
    HttpResponse<String> unknownKey = post("?dry_run=true", NDJSON, "");
    assertEquals(400, unknownKey.statusCode());
    assertTrue(unknownKey.body().contains("dry_run"), unknownKey.body());
    HttpResponse<String> badAtomic = post("?atomic=yes", NDJSON, "");
    assertEquals(400, badAtomic.statusCode());
    assertTrue(badAtomic.body().contains("atomic"), badAtomic.body());
  }

  /** The import reads UTF-8 only: another charset is a 415 before anything is read, bad bytes a 400 that says so. */
  @Test
  void onlyUtf8IsImportedAndABodyThatIsNotSaysSo() {
    String source = unique("charset src");
    String csv = "name,source\nCafe," + source + "\n";
    assertEquals(415, post("", "text/csv; charset=latin1", csv).statusCode());
    assertEquals(415, post("", NDJSON + "; charset=iso-8859-1", "").statusCode());
    assertEquals(1, ok(post("", "text/csv; charset=\"UTF-8\"", csv)).get("inserted").asLong());

    byte[] latin1 = ("name,source\nCaf\u00e9 au lait," + source + "\n").getBytes(StandardCharsets.ISO_8859_1);
    HttpResponse<String> notUtf8 = server.send(HttpRequest.newBuilder(server.uri("/v1/products/import"))
        .header("Authorization", "Bearer " + TestServer.API_KEY).header("Content-Type", CSV)
        .POST(HttpRequest.BodyPublishers.ofByteArray(latin1)).build());
    assertEquals(400, notUtf8.statusCode(), notUtf8.body());
    assertTrue(json(notUtf8).get("detail").asText().contains("is not valid UTF-8"), notUtf8.body());

    HttpResponse<String> gzip = server.send(HttpRequest.newBuilder(server.uri("/v1/products/import"))
        .header("Authorization", "Bearer " + TestServer.API_KEY).header("Content-Type", CSV)
        .header("Content-Encoding", "gzip").POST(HttpRequest.BodyPublishers.ofString(csv)).build());
    assertEquals(415, gzip.statusCode(), gzip.body());
    assertTrue(gzip.body().contains("Content-Encoding gzip"), gzip.body());
    // A second header line (a proxy's) counts as much as the first.
    HttpResponse<String> secondLine = server.send(HttpRequest.newBuilder(server.uri("/v1/products/import"))
        .header("Authorization", "Bearer " + TestServer.API_KEY).header("Content-Type", CSV)
        .header("Content-Encoding", "identity").header("Content-Encoding", "gzip")
        .POST(HttpRequest.BodyPublishers.ofString(csv)).build());
    assertEquals(415, secondLine.statusCode(), secondLine.body());

    // NDJSON in UTF-16 is valid UTF-8 byte for byte (its NULs are characters), and Jackson would read it as
    // UTF-16: each row is refused as not UTF-8.
    String rows = line("{\"name\": \"Cafe\", \"source\": \"%s\"}", source)
        + line("{\"name\": \"Tea\", \"source\": \"%s\"}", source);
    for (Charset wideCharset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16, Charset.forName("UTF-32LE"))) {
      HttpResponse<String> wide = server.send(HttpRequest.newBuilder(server.uri("/v1/products/import"))
          .header("Authorization", "Bearer " + TestServer.API_KEY).header("Content-Type", NDJSON)
          .POST(HttpRequest.BodyPublishers.ofByteArray(rows.getBytes(wideCharset))).build());
      JsonNode report = ok(wide);
      assertEquals(0, report.get("inserted").asLong(), wideCharset + ": " + wide.body());
      assertTrue(report.get("failed").asLong() >= 2, wideCharset + ": " + wide.body());
      assertTrue(report.get("errors").get(0).get("detail").asText().contains("is not UTF-8"), wide.body());
    }
    assertEquals(1, total("source=" + enc(source)), "only the UTF-8 import was kept");
  }

  @Test
  void importingNeedsAnApiKey() {
    HttpResponse<String> anonymous = server.send(HttpRequest.newBuilder(server.uri("/v1/products/import"))
        .header("Content-Type", NDJSON)
        .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"x\", \"source\": \"s\"}\n"))
        .build());
    assertEquals(401, anonymous.statusCode());
    HttpResponse<String> wrongKey = server.send(HttpRequest.newBuilder(server.uri("/v1/products/import"))
        .header("Authorization", "Bearer not-the-key-at-all-000")
        .header("Content-Type", NDJSON)
        .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"x\", \"source\": \"s\"}\n"))
        .build());
    assertEquals(401, wrongKey.statusCode());
  }

  @Test
  void anEmptyBodyImportsNothing() {
    JsonNode report = ok(post("", NDJSON, ""));
    assertEquals(0, report.get("inserted").asLong());
    assertEquals(0, report.get("failed").asLong());
  }

  private static HttpResponse<String> post(String query, String contentType, String body) {
    return server.send(HttpRequest.newBuilder(server.uri("/v1/products/import" + query))
        .header("Authorization", "Bearer " + TestServer.API_KEY)
        .header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build());
  }

  private static JsonNode ok(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.body());
    return json(response);
  }

  private static JsonNode json(HttpResponse<String> response) {
    try {
      return MAPPER.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void assertError(JsonNode report, int index, long line, String detail) {
    JsonNode error = report.get("errors").get(index);
    assertEquals(line, error.get("line").asLong(), error.toString());
    assertTrue(error.get("detail").asText().contains(detail), error + " lacks " + detail);
  }

  private static JsonNode list(String query) {
    HttpResponse<String> response = server.get("/v1/products?limit=200&" + query);
    return ok(response).get("data");
  }

  private static JsonNode onlyProduct(String query) {
    JsonNode data = list(query);
    assertEquals(1, data.size(), data.toString());
    return data.get(0);
  }

  private static long total(String query) {
    return ok(server.get("/v1/products?limit=1&include_total=true&" + query)).at("/page/total").asLong();
  }

  private static long countNamed(String kind, String name) {
    long n = 0;
    for (JsonNode c : ok(server.get("/v1/" + kind)).get("data")) {
      if (c.get("name").asText().equalsIgnoreCase(name)) {
        n++;
      }
    }
    return n;
  }

  private static String created(String kind, String name) {
    HttpResponse<String> response = server.write("POST", "/v1/" + kind, "{\"name\": \"" + name + "\"}");
    assertEquals(201, response.statusCode(), response.body());
    return json(response).get("id").asText();
  }

  private static String line(String format, Object... args) {
    return String.format(format, args) + "\n";
  }

  private static String unique(String prefix) {
    return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  private static String barcode() {
    return "im" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** A body written by {@code writer} on another thread while the request streams it. */
  private static InputStream streamed(Writer writer) {
    try {
      PipedInputStream in = new PipedInputStream(1 << 16);
      PipedOutputStream out = new PipedOutputStream(in);
      Thread.ofVirtual().start(() -> {
        try (out) {
          writer.write(out);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      return in;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FunctionalInterface
  private interface Writer {
    void write(OutputStream out) throws IOException;
  }
}
