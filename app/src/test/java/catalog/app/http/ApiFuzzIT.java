package catalog.app.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import catalog.app.TestServer;
import catalog.domain.listing.Field;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Random requests, valid and not: query strings built from every filter key with right and wrong
 * suffixes and values (malformed percent-encoding and NUL included), sorts, limits and cursors; search and
 * filter options; product and classification writes with random JSON; imports of random rows. They go
 * over a plain socket, so that nothing is cleaned up on the way. None may be answered with a 5xx, and
 * every error must be a problem. The seed is random and printed on failure; {@code -Dcatalog.fuzz.seed=N}
 * replays one, and {@code -Dcatalog.fuzz.requests=N} sends more (2,000 by default).
 */
class ApiFuzzIT {
  private static final int REQUESTS = Integer.getInteger("catalog.fuzz.requests", 2_000);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> KEYS = Arrays.stream(Field.values()).map(Field::key).toList();
  private static final List<String> SUFFIXES = List.of("", "", "_ne", "_not_in", "_gte", "_lte", "_like", "_gt", "_LTE");
  private static final List<String> VALUES = List.of("1", "0", "-1", "200", "1e308", "1e309", "NaN", "Infinity",
      "-0", "0.5", "1e-400", "99999999999999999999", "true", "false", "TRUE", "", "2024-01-01T00:00:00Z",
      "2024-01-01", "2024-13-45T99:99:99Z", "+275760-09-13T00:00:00Z", "-999999999-01-01T00:00:00Z",
      "+999999999-12-31T23:59:59Z", "+294277-01-01T00:00:00Z",
      "00000000-0000-0000-0000-000000000000", "not-a-uuid", "a%b_c\\", "rice", "Rice, raw", "ç", "\u0000",
      "💥", "x".repeat(300), "'; drop table product;--", "a,b,c", ",,,");
  /** Sent as they are, not encoded. */
  private static final List<String> RAW_VALUES = List.of("%ZZ", "100%", "a%b_c", "%00", "%FF", "%C3%28", "%C3%A7",
      "a+b", "%", "%%");
  private static final List<String> SORTS = List.of("name", "-name", "source", "-brand", "calories,-protein", "id",
      "nope", "name,name", "", "-", "--name", ",name", "name,",
      "updated_at,created_at,barcode,category,parent_category,food_group,process_type,sugars");
  private static final List<String> KINDS = List.of("sources", "brands", "categories", "parent-categories",
      "food-groups", "process-types", "nope");
  /** Bodies past what the JSON parser takes (nesting, a number's length), and half a surrogate pair. */
  private static final List<String> ODD_BODIES = List.of("{bad", "[".repeat(1001) + "]".repeat(1001),
      "{\"name\": \"n\", \"edible_yield\": 0." + "1".repeat(1000) + "}", "{\"name\": \"\\ud800x\"}");

  private static TestServer server;
  private static String sourceId;

  @BeforeAll
  static void start() throws IOException {
    server = TestServer.start();
    var created = server.write("POST", "/v1/sources", "{\"name\":\"fuzz " + UUID.randomUUID() + "\"}");
    sourceId = JSON.readTree(created.body()).path("id").asText();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private record Sent(String method, String target, String contentType, String body) {}

  @Test
  void noRequestIsAnsweredWithAServerErrorOrAnErrorThatIsNotAProblem() throws IOException {
    long seed = Long.getLong("catalog.fuzz.seed", new Random().nextLong());
    Random random = new Random(seed);
    List<String> ids = new ArrayList<>();
    int errors = 0;
    for (int i = 0; i < REQUESTS; i++) {
      Sent sent = request(random, ids);
      TestServer.RawResponse answer = send(sent);
      String what = "seed " + seed + ", request " + i + ": " + sent + " answered " + answer;
      if (answer.status() >= 500) {
        fail(what);
      }
      if (answer.status() >= 400) {
        errors++;
        assertTrue(answer.contentType().startsWith(Problem.CONTENT_TYPE), what);
        assertTrue(JSON.readTree(answer.body()).path("status").asInt() == answer.status(), what);
      }
      if (sent.method().equals("POST") && sent.target().equals("/v1/products") && answer.status() == 201) {
        ids.add(JSON.readTree(answer.body()).path("id").asText());
      }
    }
    // Both kinds of request were sent, many times.
    assertTrue(errors > REQUESTS / 10 && errors < REQUESTS * 9 / 10, "errors " + errors + " (seed " + seed + ")");
    assertFalse(ids.isEmpty(), "no product was added (seed " + seed + ")");
  }

  private static Sent request(Random random, List<String> ids) {
    double r = random.nextDouble();
    if (r < 0.40) {
      return get("/v1/products?" + query(random));
    } else if (r < 0.50) {
      return get("/v1/products/search?" + pick(random, List.of("q=" + value(random), "q=rice&limit=" + value(random),
          "q=" + value(random) + "&q=b", query(random))));
    } else if (r < 0.57) {
      return get("/v1/products/filter-options?" + query(random));
    } else if (r < 0.64) {
      List<String> targets = new ArrayList<>(List.of(UUID.randomUUID().toString(), "x", "%00", "%ZZ", "search"));
      targets.addAll(ids.subList(Math.max(0, ids.size() - 5), ids.size()));
      return get("/v1/products/" + pick(random, targets) + (random.nextBoolean() ? "" : "?" + query(random)));
    } else if (r < 0.76) {
      if (random.nextDouble() < 0.2) {
        // A product that is sure to be added: a random one is about once in 80, so some seeds added none,
        // and then no PATCH or DELETE had a product to work on.
        return new Sent("POST", "/v1/products", "application/json",
            JSON.createObjectNode().put("name", "Fuzz " + random.nextInt(1_000_000)).put("source_id", sourceId)
                .toString());
      }
      String type = pick(random, List.of("application/json", "application/json", "text/plain",
          "application/json; charset=latin1", ""));
      String body = random.nextDouble() < 0.9 ? product(random) : pick(random, ODD_BODIES);
      return new Sent("POST", "/v1/products", type, body);
    } else if (r < 0.84 && !ids.isEmpty()) {
      return new Sent(pick(random, List.of("PATCH", "DELETE")), "/v1/products/" + pick(random, ids),
          pick(random, List.of("application/merge-patch+json", "application/json")), product(random));
    } else if (r < 0.92) {
      if (random.nextBoolean()) {
        StringBuilder rows = new StringBuilder();
        for (int n = random.nextInt(6); n > 0; n--) {
          rows.append(random.nextDouble() < 0.9 ? product(random) : pick(random, ODD_BODIES)).append('\n');
        }
        return new Sent("POST", "/v1/products/import" + pick(random, List.of("", "?atomic=true", "?atomic=x")),
            "application/x-ndjson", rows.toString());
      }
      return new Sent("POST", "/v1/products/import", "text/csv", pick(random, List.of("name,source\nA,fuzz\n",
          "name,calories\nB,-1\n", "\n", "name,source,calories\n\"x,\"\"y\",manual,1e999\n", "zzz\n1\n",
          "name,source\nC,manual,extra\n", "name,source\n\"unclosed,manual\n")));
    }
    String kind = pick(random, KINDS);
    return random.nextBoolean() ? get("/v1/" + kind + "?" + query(random))
        : new Sent("POST", "/v1/" + kind, "application/json", "{\"name\":" + JSON.valueToTree(value(random)) + "}");
  }

  private static Sent get(String target) {
    return new Sent("GET", target, "", "");
  }

  private static String query(Random random) {
    List<String> parts = new ArrayList<>();
    for (int n = random.nextInt(6); n > 0; n--) {
      double r = random.nextDouble();
      String key = r < 0.6 ? pick(random, KEYS) + pick(random, SUFFIXES)
          : pick(random, List.of("sort", "limit", "cursor", "include_total", "name_like", "q", "discarded", "foo", ""));
      String value = switch (key) {
        case "sort" -> encode(pick(random, SORTS));
        case "limit" -> pick(random, List.of("1", "200", "201", "0", "-5", "abc", "1.5", "99999999999", "50"));
        case "cursor" -> pick(random, List.of("abc", "", "eyJ9", "A".repeat(500), "x.y", "Zm9v.YmFy"));
        default -> random.nextDouble() < 0.15 ? pick(random, RAW_VALUES) : encode(value(random));
      };
      parts.add((random.nextDouble() < 0.03 ? pick(random, RAW_VALUES) : encode(key)) + "=" + value);
    }
    return String.join("&", parts);
  }

  private static String value(Random random) {
    return pick(random, VALUES);
  }

  private static String product(Random random) {
    ObjectNode product = JSON.createObjectNode();
    List<String> fields = new ArrayList<>(KEYS);
    fields.addAll(List.of("source_id", "brand_id", "nutri_facts", "package_size", "score", "ingredients", "image_url",
        "edible_yield", "version", "zzz"));
    List<Object> values = Arrays.asList(null, 1, -1, 1e308, "x", true, List.of(), JSON.createObjectNode(),
        JSON.createObjectNode().put("calories", -1), JSON.createObjectNode().put("calories", "x"),
        JSON.createObjectNode().put("value", 1).put("unit", "g"), "x".repeat(300), "Rice", "2024-01-01T00:00:00Z",
        "\u0000", UUID.randomUUID().toString());
    for (int n = random.nextInt(6); n > 0; n--) {
      product.set(pick(random, fields), JSON.valueToTree(pick(random, values)));
    }
    if (random.nextBoolean()) {
      product.put("name", "Fuzz " + random.nextInt(1_000_000));
    }
    if (random.nextBoolean()) {
      product.put("source_id", sourceId);
    }
    return product.toString();
  }

  private static <T> T pick(Random random, List<T> options) {
    return options.get(random.nextInt(options.size()));
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static TestServer.RawResponse send(Sent sent) {
    List<String> headers = new ArrayList<>(List.of("Authorization: Bearer " + TestServer.API_KEY));
    if (!sent.contentType().isEmpty()) {
      headers.add("Content-Type: " + sent.contentType());
    }
    return server.sendRaw(sent.method(), sent.target(), headers, sent.body().getBytes(StandardCharsets.UTF_8));
  }
}
