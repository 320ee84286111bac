package catalog.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/** What the HTTP tests share: unique names, JSON, authorised writes, creation shortcuts and problem checks. */
final class Api {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String PROBLEM_JSON = "application/problem+json";

  private Api() {}

  /** A value no other test uses: the prefix and ten random lowercase letters. */
  static String unique(String prefix) {
    StringBuilder s = new StringBuilder(prefix).append('-');
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int i = 0; i < 10; i++) {
      s.append((char) ('a' + random.nextInt(26)));
    }
    return s.toString();
  }

  /** A barcode no other test uses (letters and digits only). */
  static String barcode() {
    return unique("bc").replace("-", "");
  }

  static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (Exception e) {
      throw new AssertionError("not JSON (" + response.statusCode() + "): " + response.body(), e);
    }
  }

  static ObjectNode object() {
    return JSON.createObjectNode();
  }

  /** A request with the API key, an optional body of the given content type, and extra headers. */
  static HttpResponse<String> send(TestServer server, String method, String path, String body, String contentType,
      Map<String, String> headers) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(server.uri(path))
        .header("Authorization", "Bearer " + TestServer.API_KEY)
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      builder.header("Content-Type", contentType);
    }
    headers.forEach(builder::header);
    return server.send(builder.build());
  }

  static HttpResponse<String> patch(TestServer server, String path, String json, String ifMatch) {
    return send(server, "PATCH", path, json, "application/merge-patch+json",
        ifMatch == null ? Map.of() : Map.of("If-Match", ifMatch));
  }

  /** Creates a classification of {@code kind} (its path name, e.g. {@code food-groups}); returns its id. */
  static String classification(TestServer server, String kind, String name) {
    HttpResponse<String> r = server.write("POST", "/v1/" + kind, object().put("name", name).toString());
    assertEquals(201, r.statusCode(), () -> "creating " + kind + " " + name + ": " + r.body());
    return json(r).get("id").asText();
  }

  static String source(TestServer server) {
    return classification(server, "sources", unique("src"));
  }

  /** The smallest valid product body. */
  static ObjectNode product(String name, String barcode, String sourceId) {
    ObjectNode body = object().put("name", name).put("source_id", sourceId);
    if (barcode != null) {
      body.put("barcode", barcode);
    }
    return body;
  }

  /** Posts a product; returns the created product. */
  static JsonNode create(TestServer server, ObjectNode body) {
    HttpResponse<String> r = server.write("POST", "/v1/products", body.toString());
    assertEquals(201, r.statusCode(), () -> "creating " + body + ": " + r.body());
    return json(r);
  }

  static JsonNode createProduct(TestServer server, String name, String sourceId) {
    return create(server, product(name, barcode(), sourceId));
  }

  /** The ids of a product list answer, which must be a 200. */
  static Set<String> ids(HttpResponse<String> r) {
    assertEquals(200, r.statusCode(), () -> r.request().uri() + ": " + r.body());
    Set<String> ids = new HashSet<>();
    json(r).get("data").forEach(p -> ids.add(p.get("id").asText()));
    return ids;
  }

  /** Checks an RFC 9457 problem response of {@code status}; returns its body. */
  static JsonNode assertProblem(HttpResponse<String> r, int status) {
    assertEquals(status, r.statusCode(), () -> "status of " + r.request().method() + " " + r.request().uri()
        + ": " + r.body());
    String contentType = r.headers().firstValue("Content-Type").orElse("");
    assertTrue(contentType.startsWith(PROBLEM_JSON), () -> "Content-Type " + contentType + " for " + r.body());
    JsonNode problem = json(r);
    assertTrue(problem.path("type").isTextual() && !problem.get("type").asText().isBlank(), () -> "type in " + problem);
    assertTrue(problem.path("title").isTextual() && !problem.get("title").asText().isBlank(),
        () -> "title in " + problem);
    assertEquals(status, problem.path("status").asInt(), () -> "status in " + problem);
    assertTrue(problem.path("detail").isTextual() && !problem.get("detail").asText().isBlank(),
        () -> "detail in " + problem);
    assertTrue(problem.path("errors").isArray(), () -> "errors, if only empty, in " + problem);
    return problem;
  }

  /** As {@link #assertProblem} and also checks that {@code errors} names {@code field}. */
  static JsonNode assertProblem(HttpResponse<String> r, int status, String field) {
    JsonNode problem = assertProblem(r, status);
    JsonNode errors = problem.path("errors");
    assertTrue(errors.isArray() && !errors.isEmpty(), () -> "errors in " + problem);
    boolean named = false;
    for (JsonNode error : errors) {
      assertNotNull(error.get("message"), () -> "message in " + error);
      assertFalse(error.path("message").asText().isBlank(), () -> "message in " + error);
      named |= field.equals(error.path("field").asText());
    }
    assertTrue(named, () -> "no error names '" + field + "' in " + problem);
    return problem;
  }
}
