package catalog.app;

import static catalog.app.Api.assertProblem;
import static catalog.app.Api.json;
import static catalog.app.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import catalog.domain.work.UnitOfWork;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every error status of the contract, each from a real request, as application/problem+json. */
class ErrorStatusIT {
  private static TestServer server;
  private static String source;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    source = Api.source(server);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static String productId() {
    return Api.createProduct(server, unique("Err"), source).get("id").asText();
  }

  @Nested
  class BadRequest {
    @Test
    void malformedJson() {
      assertProblem(server.write("POST", "/v1/products", "{\"name\": \"x\", "), 400, "body");
      assertProblem(server.write("POST", "/v1/products", ""), 400, "body");
      assertProblem(server.write("POST", "/v1/products", "[1, 2]"), 400, "body");
      assertProblem(server.write("POST", "/v1/products", "{} {}"), 400, "body");
      assertProblem(Api.patch(server, "/v1/products/" + productId(), "{nope", null), 400, "body");
    }

    /** A key given twice is refused, naming it, not read as its last value; nothing is written. */
    @Test
    void aKeyGivenTwice() {
      String name = unique("Twice");
      String body = Api.product(name, null, source).toString().replaceFirst("^\\{", "{\"name\": \"first\", ");
      JsonNode problem = assertProblem(server.write("POST", "/v1/products", body), 400, "body");
      assertTrue(problem.get("detail").asText().contains("Duplicate field 'name'"), problem.toString());
      assertEquals(Set.of(), Api.ids(server.get("/v1/products?name=" + Api.enc(name))));
      assertProblem(server.write("POST", "/v1/brands", "{\"name\": \"a\", \"name\": \"b\"}"), 400, "body");
      assertProblem(Api.patch(server, "/v1/products/" + productId(),
          "{\"nutri_facts\": {\"protein\": {\"value\": 1, \"unit\": \"g\"}, \"protein\": {\"value\": 2, \"unit\": \"g\"}}}",
          null), 400, "body");
    }

    /** Past Jackson's limits an error has no location, and reading it was a 500. */
    @Test
    void jsonPastTheParsersLimits() {
      String deep = "[".repeat(1001) + "]".repeat(1001);
      String longNumber = Api.product(unique("Long"), null, source).toString()
          .replaceFirst("\\}$", ", \"edible_yield\": 0." + "1".repeat(1000) + "}");
      assertProblem(server.write("POST", "/v1/products", deep), 400, "body");
      assertProblem(server.write("POST", "/v1/products", longNumber), 400, "body");
      assertProblem(server.write("POST", "/v1/brands", "{\"name\": " + deep + "}"), 400, "body");
      assertProblem(Api.patch(server, "/v1/products/" + productId(), "{\"x\": " + deep + "}", null), 400, "body");
      assertEquals(201, server.write("POST", "/v1/products", longNumber.replace("1".repeat(1000), "5")).statusCode());
    }

    @Test
    void wrongJsonType() {
      ObjectNode body = Api.product("x", null, source).put("name", 123);
      assertProblem(server.write("POST", "/v1/products", body.toString()), 400, "name");
      ObjectNode isFood = Api.product(unique("T"), null, source).put("is_food", "yes");
      assertProblem(server.write("POST", "/v1/products", isFood.toString()), 400, "is_food");
      ObjectNode facts = Api.product(unique("T"), null, source);
      facts.putObject("nutri_facts").putObject("protein").put("value", "lots").put("unit", "g");
      assertProblem(server.write("POST", "/v1/products", facts.toString()), 400, "nutri_facts.protein.value");
      assertProblem(server.write("POST", "/v1/sources", "{\"name\": 5}"), 400, "name");
    }

    @Test
    void unknownBodyField() {
      String barcode = Api.barcode();
      ObjectNode body = Api.product(unique("U"), barcode, source).put("colour", "red");
      JsonNode problem = assertProblem(server.write("POST", "/v1/products", body.toString()), 400, "colour");
      assertTrue(problem.get("detail").asText().contains("colour"), problem.toString());
      assertEquals(Set.of(), Api.ids(server.get("/v1/products?barcode=" + barcode + "&discarded=true")));
      assertProblem(server.write("POST", "/v1/brands", "{\"name\": \"b\", \"id\": \"x\"}"), 400, "id");
      assertProblem(Api.patch(server, "/v1/products/" + productId(), "{\"version\": 9}", null), 400, "version");
    }

    @Test
    void unknownQueryKey() {
      assertProblem(server.get("/v1/products?colour=red"), 400, "colour");
      assertProblem(server.get("/v1/products/" + productId() + "?verbose=true"), 400, "verbose");
      assertProblem(server.get("/v1/sources?sort=name"), 400, "sort");
    }

    @Test
    void badUuidInPath() {
      assertProblem(server.get("/v1/products/not-a-uuid"), 400, "id");
      assertProblem(server.get("/v1/brands/123"), 400, "id");
      assertProblem(Api.patch(server, "/v1/products/zzz", "{}", null), 400, "id");
    }

    @Test
    void badValuesInFilters() {
      assertProblem(server.get("/v1/products?id=not-a-uuid"), 400, "id");
      assertProblem(server.get("/v1/products?is_food=maybe"), 400, "is_food");
      assertProblem(server.get("/v1/products?discarded=perhaps"), 400, "discarded");
      assertProblem(server.get("/v1/products?include_total=yes"), 400, "include_total");
      assertProblem(server.get("/v1/products?source="), 400, "source");
      assertProblem(server.get("/v1/products?name_like=%CC%80"), 400, "name_like");
      assertProblem(server.get("/v1/products/filter-options?name_like=%CC%80%CC%81"), 400, "name_like");
      assertProblem(server.get("/v1/products?created_at_gte=2026-11-28T13:16:20.Z"), 400, "created_at_gte");
      assertProblem(server.get("/v1/products?calories_gte=1e-400"), 400, "calories_gte");
    }

    @Test
    void limitOutOfRange() {
      JsonNode zero = assertProblem(server.get("/v1/products?limit=0"), 400, "limit");
      assertTrue(zero.get("detail").asText().contains("limit"), zero.toString());
      assertProblem(server.get("/v1/products?limit=201"), 400, "limit");
      assertProblem(server.get("/v1/products?limit=-1"), 400, "limit");
      assertProblem(server.get("/v1/products?limit=ten"), 400, "limit");
      assertProblem(server.get("/v1/products?limit=1&limit=2"), 400, "limit");
      assertEquals(200, server.get("/v1/products?limit=1").statusCode());
      assertEquals(200, server.get("/v1/products?limit=200").statusCode());
    }

    @Test
    void badSortKey() {
      assertProblem(server.get("/v1/products?sort=colour"), 400, "sort");
      assertProblem(server.get("/v1/products?sort=-ingredients"), 400, "sort");
      assertProblem(server.get("/v1/products?sort=name,,created_at"), 400, "sort");
      assertProblem(server.get("/v1/products?sort=name,-name"), 400, "sort");
      for (String spaced : List.of("%20-name", "+name", "name%0A", "name,%20brand", "%E2%80%83name")) {
        assertProblem(server.get("/v1/products?sort=" + spaced), 400, "sort");
      }
    }

    @Test
    void manyProblemsAreReportedTogether() {
      JsonNode problem = assertProblem(server.get("/v1/products?limit=0&sort=colour&id=x"), 400, "limit");
      Set<String> fields = new HashSet<>();
      problem.get("errors").forEach(e -> fields.add(e.get("field").asText()));
      assertEquals(Set.of("limit", "sort", "id"), fields, problem.toString());
    }

    @Test
    void forgedCursor() {
      assertProblem(server.get("/v1/products?cursor=abc"), 400, "cursor");
      assertProblem(server.get("/v1/products?cursor=abc.def"), 400, "cursor");
      assertProblem(server.get("/v1/products?cursor=%21%21.%21%21"), 400, "cursor");
      String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(
          ("{\"c\":\"name|\",\"v\":[\"a\"],\"id\":\"" + UUID.randomUUID() + "\"}").getBytes(StandardCharsets.UTF_8))
          + ".AAAAAAAAAAAAAAAAAAAAAA";
      assertProblem(server.get("/v1/products?cursor=" + forged), 400, "cursor");

      for (int i = 0; i < 2; i++) {
        productId();
      }
      JsonNode page = json(server.get("/v1/products?limit=1&source=" + Api.enc(sourceName())));
      String cursor = page.get("page").get("next_cursor").asText();
      assertEquals(200, server.get("/v1/products?limit=1&source=" + Api.enc(sourceName()) + "&cursor=" + cursor)
          .statusCode());
      String[] parts = cursor.split("\\.");
      char last = parts[1].charAt(parts[1].length() - 2);
      String tampered = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + (last == 'A' ? 'B' : 'A')
          + parts[1].charAt(parts[1].length() - 1);
      assertProblem(server.get("/v1/products?limit=1&source=" + Api.enc(sourceName()) + "&cursor=" + tampered), 400,
          "cursor");
    }

    @Test
    void wrongPatchContentTypeIsNotAccepted() {
      String id = productId();
      assertProblem(Api.send(server, "PATCH", "/v1/products/" + id, "{\"name\": \"a\"}", "application/json-patch+json",
          Map.of()), 415);
    }
  }

  private static String sourceName() {
    return json(server.get("/v1/sources/" + source)).get("name").asText();
  }

  @Nested
  class Unauthorized {
    @Test
    void noAuthorizationHeader() {
      String barcode = Api.barcode();
      HttpResponse<String> r = server.send(HttpRequest.newBuilder(server.uri("/v1/products"))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(Api.product(unique("NoAuth"), barcode, source).toString()))
          .build());
      assertProblem(r, 401);
      assertEquals("Bearer", r.headers().firstValue("WWW-Authenticate").orElse(""));
      assertEquals(Set.of(), Api.ids(server.get("/v1/products?barcode=" + barcode + "&discarded=true")));
      assertEquals(Set.of(), Api.ids(server.get("/v1/products?barcode=" + barcode)));
    }

    @Test
    void wrongKey() {
      JsonNode product = Api.createProduct(server, unique("Keep"), source);
      String id = product.get("id").asText();
      HttpResponse<String> patch = server.send(HttpRequest.newBuilder(server.uri("/v1/products/" + id))
          .header("Authorization", "Bearer not-" + TestServer.API_KEY)
          .header("Content-Type", "application/merge-patch+json")
          .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"name\": \"stolen\"}"))
          .build());
      assertProblem(patch, 401);
      HttpResponse<String> delete = server.send(HttpRequest.newBuilder(server.uri("/v1/products/" + id))
          .header("Authorization", "Basic " + TestServer.API_KEY)
          .DELETE()
          .build());
      assertProblem(delete, 401);
      HttpResponse<String> empty = server.send(HttpRequest.newBuilder(server.uri("/v1/products/" + id))
          .header("Authorization", "Bearer ")
          .DELETE()
          .build());
      assertProblem(empty, 401);
      HttpResponse<String> read = server.get("/v1/products/" + id);
      assertEquals(product, json(read), "the refused writes changed nothing");
      assertEquals("\"1\"", read.headers().firstValue("ETag").orElseThrow());

      String name = unique("NoBrand");
      HttpResponse<String> brand = server.send(HttpRequest.newBuilder(server.uri("/v1/brands"))
          .header("Authorization", "Bearer wrong-key-0123456789")
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"" + name + "\"}"))
          .build());
      assertProblem(brand, 401);
      assertFalse(server.get("/v1/brands").body().contains(name));
    }

    @Test
    void readsArePublic() {
      String id = productId();
      assertEquals(200, server.get("/v1/products/" + id).statusCode());
      assertEquals(200, server.get("/v1/products").statusCode());
      assertEquals(200, server.get("/v1/sources").statusCode());
    }
  }

  @Nested
  class NotFound {
    @Test
    void unknownProductId() {
      String id = UUID.randomUUID().toString();
      assertProblem(server.get("/v1/products/" + id), 404);
      assertProblem(Api.patch(server, "/v1/products/" + id, "{\"name\": \"x\"}", null), 404);
      assertProblem(server.write("DELETE", "/v1/products/" + id, null), 404);
    }

    /** A path that has routes, with a method it has none for: 405 naming the methods it takes. */
    @Test
    void aMethodThePathHasNoRouteFor() {
      HttpResponse<String> put = server.write("PUT", "/v1/products/" + productId(), "{}");
      JsonNode problem = assertProblem(put, 405);
      Set<String> allowed = Set.of(put.headers().firstValue("Allow").orElse("").split(", "));
      assertTrue(allowed.containsAll(Set.of("GET", "PATCH", "DELETE")) && !allowed.contains("PUT"), allowed.toString());
      assertTrue(problem.get("detail").asText().contains("PUT is not allowed"), problem.toString());
      HttpResponse<String> delete = server.write("DELETE", "/v1/products", null);
      assertProblem(delete, 405);
      Set<String> listAllows = Set.of(delete.headers().firstValue("Allow").orElse("").split(", "));
      assertTrue(listAllows.containsAll(Set.of("GET", "POST")) && !listAllows.contains("DELETE"), listAllows.toString());
      assertProblem(server.get("/v1/nothing-here"), 404);
    }

    /**
     * The paths that routes name (search, filter-options, import) are theirs alone: /v1/products/{id}
     * matches them too, but its methods are not theirs, and "search" is not an id.
     */
    @Test
    void aNamedPathTakesOnlyItsOwnRoutesMethods() {
      Map<String, Set<String>> takes = Map.of(
          "/v1/products/search", Set.of("GET", "HEAD"),
          "/v1/products/filter-options", Set.of("GET", "HEAD"),
          "/v1/products/import", Set.of("POST"));
      takes.forEach((path, methods) -> {
        for (String method : List.of("GET", "HEAD", "POST", "PATCH", "DELETE", "PUT")) {
          if (methods.contains(method)) {
            continue;
          }
          HttpResponse<String> response = server.write(method, path, method.equals("GET") || method.equals("HEAD") ? null : "{}");
          assertEquals(405, response.statusCode(), method + " " + path + ": " + response.body());
          if (!method.equals("HEAD")) {
            assertProblem(response, 405);
          }
          assertEquals(methods, Set.of(response.headers().firstValue("Allow").orElse("").split(", ")), method + " " + path);
        }
      });
    }

    @Test
    void unknownRoute() {
      assertProblem(server.get("/v1/nothing-here"), 404);
      assertProblem(server.get("/nowhere"), 404);
      assertProblem(server.get("/v1/products/" + UUID.randomUUID() + "/more"), 404);
    }
  }

  @Nested
  class Conflict {
    @Test
    void duplicateBarcodeAndSource() {
      String barcode = Api.barcode();
      Api.create(server, Api.product(unique("First"), barcode, source));
      HttpResponse<String> r = server.write("POST", "/v1/products",
          Api.product(unique("Second"), barcode, source).toString());
      JsonNode problem = assertProblem(r, 409, "barcode");
      assertTrue(problem.get("detail").asText().contains("barcode"), problem.toString());
      assertEquals(1, Api.ids(server.get("/v1/products?barcode=" + barcode)).size());
      String otherSource = Api.source(server);
      Api.create(server, Api.product(unique("Elsewhere"), barcode, otherSource));
    }

    @Test
    void duplicateBarcodeByPatch() {
      String barcode = Api.barcode();
      Api.create(server, Api.product(unique("Holder"), barcode, source));
      String id = productId();
      assertProblem(Api.patch(server, "/v1/products/" + id, "{\"barcode\": \"" + barcode + "\"}", null), 409,
          "barcode");
    }

    @Test
    void duplicateClassificationName() {
      String name = unique("Dup");
      Api.classification(server, "categories", name);
      assertProblem(server.write("POST", "/v1/categories", "{\"name\": \"" + name.toUpperCase() + "\"}"), 409, "name");
      Api.classification(server, "brands", name);
    }

    @Test
    void renamingADiscardedClassification() {
      String id = Api.classification(server, "brands", unique("Gone"));
      assertEquals(204, Api.send(server, "DELETE", "/v1/brands/" + id, null, null, Map.of()).statusCode());
      JsonNode problem = assertProblem(Api.patch(server, "/v1/brands/" + id, "{\"name\": \"Back\"}", null), 409);
      assertTrue(problem.get("detail").asText().contains("discarded"), problem.toString());
      assertTrue(problem.get("errors").isEmpty(), "no field is at fault: " + problem);
      assertTrue(json(server.get("/v1/brands/" + id)).get("discarded").asBoolean());
    }
  }

  @Nested
  class PreconditionFailed {
    @Test
    void ifMatchWithAnOldVersion() {
      String id = productId();
      assertEquals(200, Api.patch(server, "/v1/products/" + id, "{\"ingredients\": \"salt\"}", "\"1\"").statusCode());
      assertProblem(Api.patch(server, "/v1/products/" + id, "{\"ingredients\": \"sugar\"}", "\"1\""), 412);
      assertProblem(Api.send(server, "DELETE", "/v1/products/" + id, null, null, Map.of("If-Match", "\"1\"")), 412);
      assertProblem(Api.patch(server, "/v1/products/" + id, "{\"ingredients\": \"sugar\"}", "W/\"2\""), 412);
      assertProblem(Api.patch(server, "/v1/products/" + id, "{\"ingredients\": \"sugar\"}", "2"), 412);
      for (String notQuite : List.of("\"02\"", "\"+2\"")) {
        assertProblem(Api.patch(server, "/v1/products/" + id, "{\"ingredients\": \"sugar\"}", notQuite), 412);
      }
      JsonNode now = json(server.get("/v1/products/" + id));
      assertEquals(2, now.get("version").asLong());
      assertEquals("salt", now.get("ingredients").asText());
      assertFalse(now.get("discarded").asBoolean());
      assertEquals(200, Api.patch(server, "/v1/products/" + id, "{\"ingredients\": \"sugar\"}", "*").statusCode());
      assertEquals(204, Api.send(server, "DELETE", "/v1/products/" + id, null, null, Map.of("If-Match", "\"3\""))
          .statusCode());
    }

    /** If-Match is a list (RFC 9110): any strong tag in it may match, in one header line or several. */
    @Test
    void ifMatchWithSeveralTags() {
      String id = productId();
      String path = "/v1/products/" + id;
      assertProblem(Api.patch(server, path, "{\"ingredients\": \"salt\"}", "\"5\", \"6\""), 412);
      assertProblem(Api.patch(server, path, "{\"ingredients\": \"salt\"}", "W/\"1\", \"2\""), 412);
      assertEquals(200, Api.patch(server, path, "{\"ingredients\": \"salt\"}", "\"7\", W/\"2\", \"1\"").statusCode());
      HttpResponse<String> twoLines = server.send(HttpRequest.newBuilder(server.uri(path))
          .header("Authorization", "Bearer " + TestServer.API_KEY)
          .header("Content-Type", "application/merge-patch+json")
          .header("If-Match", "\"1\"").header("If-Match", "\"2\"")
          .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"ingredients\": \"sugar\"}")).build());
      assertEquals(200, twoLines.statusCode(), twoLines.body());
      assertEquals(3, json(server.get(path)).get("version").asLong());

      String brand = Api.classification(server, "brands", unique("Tags"));
      assertProblem(Api.patch(server, "/v1/brands/" + brand, "{\"name\": \"" + unique("T") + "\"}", "\"2\", \"3\""),
          412);
      assertEquals(200, Api.patch(server, "/v1/brands/" + brand, "{\"name\": \"" + unique("T") + "\"}",
          "\"2\", \"1\"").statusCode());
    }

    /**
     * If-None-Match on a write (RFC 9110, 13.1.2): a tag of the stored version, weak or strong, or {@code *}
     * (the resource is there) refuses the write with a 412 that changes nothing; other tags let it through.
     */
    @Test
    void ifNoneMatchRefusesTheVersionsItNames() {
      String id = productId();
      String path = "/v1/products/" + id;
      for (String refusing : List.of("\"1\"", "W/\"1\"", "*", "\"7\", \"1\"")) {
        JsonNode problem = assertProblem(Api.send(server, "PATCH", path, "{\"ingredients\": \"salt\"}",
            "application/merge-patch+json", Map.of("If-None-Match", refusing)), 412);
        assertTrue(problem.get("detail").asText().contains("is at version 1"), problem.toString());
        assertProblem(Api.send(server, "DELETE", path, null, null, Map.of("If-None-Match", refusing)), 412);
      }
      JsonNode unchanged = json(server.get(path));
      assertEquals(1, unchanged.get("version").asLong());
      assertFalse(unchanged.get("discarded").asBoolean());

      assertEquals(200, Api.send(server, "PATCH", path, "{\"ingredients\": \"salt\"}", "application/merge-patch+json",
          Map.of("If-None-Match", "\"2\", W/\"3\", \"01\"")).statusCode());
      // If-Match is checked first: a stale one is a 412 for it, whatever If-None-Match says.
      JsonNode stale = assertProblem(Api.send(server, "PATCH", path, "{\"ingredients\": \"sugar\"}",
          "application/merge-patch+json", Map.of("If-Match", "\"1\"", "If-None-Match", "\"2\"")), 412);
      assertTrue(stale.get("detail").asText().contains("no longer at version 1"), stale.toString());
      assertProblem(Api.send(server, "PATCH", path, "{\"ingredients\": \"sugar\"}",
          "application/merge-patch+json", Map.of("If-Match", "\"2\"", "If-None-Match", "\"2\"")), 412);
      assertEquals(204, Api.send(server, "DELETE", path, null, null, Map.of("If-None-Match", "\"1\"")).statusCode());
      assertEquals("salt", json(server.get(path)).get("ingredients").asText());

      String brand = Api.classification(server, "brands", unique("None match"));
      assertProblem(Api.send(server, "PATCH", "/v1/brands/" + brand, "{\"name\": \"" + unique("N") + "\"}",
          "application/json", Map.of("If-None-Match", "*")), 412);
      assertProblem(Api.send(server, "DELETE", "/v1/brands/" + brand, null, null, Map.of("If-None-Match", "\"1\"")),
          412);
      assertFalse(json(server.get("/v1/brands/" + brand)).get("discarded").asBoolean());
      assertEquals(204, Api.send(server, "DELETE", "/v1/brands/" + brand, null, null, Map.of("If-None-Match", "\"2\""))
          .statusCode());
    }
  }

  @Nested
  class TooLarge {
    /**
     * Sent as a careful client sends a large body, with {@code Expect: 100-continue}, so the 413 comes before
     * the body. Without it the service answers and closes while the client is still sending, and the
     * connection reset may reach the client before the answer does (the JDK client then reports "header
     * parser received no bytes", as this test once did).
     */
    private HttpResponse<String> oversized(String method, String path, String json, String contentType) {
      return server.send(HttpRequest.newBuilder(server.uri(path)).expectContinue(true)
          .header("Authorization", "Bearer " + TestServer.API_KEY).header("Content-Type", contentType)
          .method(method, HttpRequest.BodyPublishers.ofString(json)).build());
    }

    @Test
    void bodyOverOneMebibyte() {
      String big = "{\"name\": \"" + "a".repeat(1024 * 1024) + "\", \"source_id\": \"" + source + "\"}";
      assertProblem(oversized("POST", "/v1/products", big, "application/json"), 413);
      String id = productId();
      assertProblem(oversized("PATCH", "/v1/products/" + id, "{\"ingredients\": \"" + "b".repeat(1024 * 1024) + "\"}",
          "application/merge-patch+json"), 413);
      assertEquals(1, json(server.get("/v1/products/" + id)).get("version").asLong());
    }

    @Test
    void chunkedBodyOverOneMebibyte() {
      byte[] big = ("{\"name\": \"" + "a".repeat(1024 * 1024 + 10) + "\"}").getBytes(StandardCharsets.UTF_8);
      HttpResponse<String> r = server.send(HttpRequest.newBuilder(server.uri("/v1/products"))
          .header("Authorization", "Bearer " + TestServer.API_KEY)
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
          .build());
      assertProblem(r, 413);
    }
  }

  @Nested
  class UnsupportedMediaType {
    @Test
    void textPlainBody() {
      String barcode = Api.barcode();
      String body = Api.product(unique("Plain"), barcode, source).toString();
      assertProblem(Api.send(server, "POST", "/v1/products", body, "text/plain", Map.of()), 415);
      assertProblem(Api.send(server, "POST", "/v1/products", body, null, Map.of()), 415);
      assertProblem(Api.send(server, "POST", "/v1/food-groups", "{\"name\": \"g\"}", "text/plain", Map.of()), 415);
      assertEquals(Set.of(), Api.ids(server.get("/v1/products?barcode=" + barcode + "&discarded=true")));
      assertEquals(201, Api.send(server, "POST", "/v1/products", body, "application/json; charset=utf-8", Map.of())
          .statusCode());
    }

    /** A body is read as UTF-8: one said to be in another charset would be misread, not refused. */
    @Test
    void aCharsetOtherThanUtf8() {
      String barcode = Api.barcode();
      String body = Api.product(unique("Latin"), barcode, source).toString();
      for (String type : List.of("application/json; charset=latin1", "application/json; charset=utf-16",
          "application/json; charset=", "application/json;charset=\"ISO-8859-1\"")) {
        assertProblem(Api.send(server, "POST", "/v1/products", body, type, Map.of()), 415);
      }
      assertProblem(Api.send(server, "POST", "/v1/brands", "{\"name\": \"b\"}", "application/json; charset=latin1",
          Map.of()), 415);
      assertProblem(Api.send(server, "PATCH", "/v1/products/" + productId(), "{\"name\": \"n\"}",
          "application/merge-patch+json; charset=latin1", Map.of()), 415);
      assertEquals(Set.of(), Api.ids(server.get("/v1/products?barcode=" + barcode + "&discarded=true")));
      assertEquals(201, Api.send(server, "POST", "/v1/products", body, "application/json; charset=\"UTF-8\"",
          Map.of()).statusCode());
    }

    @Test
    void aContentEncoding() {
      String barcode = Api.barcode();
      String body = Api.product(unique("Zipped"), barcode, source).toString();
      assertProblem(Api.send(server, "POST", "/v1/products", body, "application/json",
          Map.of("Content-Encoding", "gzip")), 415);
      assertEquals(Set.of(), Api.ids(server.get("/v1/products?barcode=" + barcode + "&discarded=true")));
      assertEquals(201, Api.send(server, "POST", "/v1/products", body, "application/json",
          Map.of("Content-Encoding", "identity")).statusCode());
      // Each header line counts: a proxy may add one after the client's.
      String other = Api.barcode();
      HttpResponse<String> twoLines = server.send(HttpRequest.newBuilder(server.uri("/v1/products"))
          .header("Authorization", "Bearer " + TestServer.API_KEY).header("Content-Type", "application/json")
          .header("Content-Encoding", "identity").header("Content-Encoding", "gzip")
          .POST(HttpRequest.BodyPublishers.ofString(Api.product(unique("Zipped"), other, source).toString())).build());
      assertProblem(twoLines, 415);
      assertEquals(Set.of(), Api.ids(server.get("/v1/products?barcode=" + other + "&discarded=true")));
    }

    /** JSON in UTF-16 or UTF-32, which Jackson would take by its first bytes, is not the UTF-8 bodies are. */
    @Test
    void aBodyInUtf16OrUtf32() {
      String barcode = Api.barcode();
      String body = Api.product(unique("Wide"), barcode, source).toString();
      for (Charset wide : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16, Charset.forName("UTF-32LE"))) {
        HttpResponse<String> r = server.send(HttpRequest.newBuilder(server.uri("/v1/products"))
            .header("Authorization", "Bearer " + TestServer.API_KEY).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.getBytes(wide))).build());
        JsonNode problem = assertProblem(r, 400, "body");
        assertTrue(problem.toString().contains("is not UTF-8"), wide + ": " + problem);
      }
      assertEquals(Set.of(), Api.ids(server.get("/v1/products?barcode=" + barcode + "&discarded=true")));
    }
  }

  @Nested
  class Unprocessable {
    @Test
    void blankName() {
      assertProblem(server.write("POST", "/v1/products", Api.product("   ", null, source).toString()), 422, "name");
      assertProblem(server.write("POST", "/v1/products", "{\"source_id\": \"" + source + "\"}"), 422, "name");
      assertProblem(server.write("POST", "/v1/brands", "{\"name\": \" \"}"), 422, "name");
      String id = productId();
      assertProblem(Api.patch(server, "/v1/products/" + id, "{\"name\": \"\"}", null), 422, "name");
      assertProblem(Api.patch(server, "/v1/products/" + id, "{\"name\": null}", null), 422, "name");
    }

    /** Half of a surrogate pair cannot be kept in UTF-8: the database kept a '?' in its place. */
    @Test
    void halfOfASurrogatePair() {
      String barcode = Api.barcode();
      String body = Api.product("x", barcode, source).toString().replace("\"name\":\"x\"", "\"name\":\"\\ud800x\"");
      assertTrue(body.contains("\\ud800x"), body);
      assertProblem(server.write("POST", "/v1/products", body), 422, "name");
      assertProblem(server.write("POST", "/v1/brands", "{\"name\": \"a\\udc00\"}"), 422, "name");
      assertEquals(Set.of(), Api.ids(server.get("/v1/products?barcode=" + barcode + "&discarded=true")));
      String pair = Api.product("x", barcode, source).toString().replace("\"name\":\"x\"",
          "\"name\":\"\\ud83e\\udd6d mango\"");
      HttpResponse<String> created = server.write("POST", "/v1/products", pair);
      assertEquals(201, created.statusCode(), created.body());
      assertEquals("\uD83E\uDD6D mango", json(created).get("name").asText());
      // Written as the character's four UTF-8 bytes, not as an escaped pair ("\\ud83e\\udd6d"): the product's
      // own writer, and the mapper every other response goes through.
      assertTrue(created.body().contains("\"name\":\"\uD83E\uDD6D mango\""), created.body());
      String id = json(created).get("id").asText();
      assertTrue(server.get("/v1/products/" + id).body().contains("\"\uD83E\uDD6D mango\""));
      HttpResponse<String> brand = server.write("POST", "/v1/brands", "{\"name\": \"" + unique("\uD83E\uDD6D") + "\"}");
      assertEquals(201, brand.statusCode(), brand.body());
      assertTrue(brand.body().contains("\"name\":\"\uD83E\uDD6D"), brand.body());
    }

    @Test
    void unknownNutrient() {
      ObjectNode body = Api.product(unique("N"), null, source);
      body.putObject("nutri_facts").putObject("unobtainium").put("value", 1).put("unit", "g");
      assertProblem(server.write("POST", "/v1/products", body.toString()), 422, "nutri_facts.unobtainium");
    }

    /**
     * A merge patch's null removes a field; under a key the product has no field for it would remove
     * nothing, and is refused as any value there is.
     */
    @Test
    void aPatchThatRemovesWhatCannotBe() {
      String id = productId();
      String before = server.get("/v1/products/" + id).body();
      assertProblem(Api.patch(server, "/v1/products/" + id, "{\"nutri_facts\": {\"unobtainium\": null}}", null), 422,
          "nutri_facts.unobtainium");
      assertProblem(Api.patch(server, "/v1/products/" + id, "{\"colour\": null}", null), 400, "colour");
      assertProblem(Api.patch(server, "/v1/products/" + id, "{\"score\": {\"taste\": null}}", null), 400, "score.taste");
      assertProblem(Api.patch(server, "/v1/products/" + id, "{\"nutri_facts\": {\"calories\": {\"kcal\": null}}}", null),
          400, "nutri_facts.calories.kcal");
      assertEquals(before, server.get("/v1/products/" + id).body(), "nothing changed");
      assertEquals(200, Api.patch(server, "/v1/products/" + id, "{\"nutri_facts\": {\"calories\": null}}", null)
          .statusCode(), "a nutrient it may have");
    }

    @Test
    void wrongNutrientUnit() {
      ObjectNode body = Api.product(unique("N"), null, source);
      body.putObject("nutri_facts").putObject("calories").put("value", 100).put("unit", "kJ");
      assertProblem(server.write("POST", "/v1/products", body.toString()), 422, "nutri_facts.calories.unit");
      ObjectNode iron = Api.product(unique("N"), null, source);
      iron.putObject("nutri_facts").putObject("iron").put("value", 2).put("unit", "g");
      assertProblem(server.write("POST", "/v1/products", iron.toString()), 422, "nutri_facts.iron.unit");
    }

    @Test
    void sourceThatDoesNotExist() {
      String barcode = Api.barcode();
      ObjectNode body = Api.product(unique("Orphan"), barcode, UUID.randomUUID().toString());
      assertProblem(server.write("POST", "/v1/products", body.toString()), 422, "source_id");
      assertProblem(server.write("POST", "/v1/products", Api.product(unique("NoSource"), null, source)
          .put("brand_id", source).toString()), 422, "brand_id");
      assertProblem(server.write("POST", "/v1/products", "{\"name\": \"No source\"}"), 422, "source_id");
      assertEquals(Set.of(), Api.ids(server.get("/v1/products?barcode=" + barcode + "&discarded=true")));
      String id = productId();
      assertProblem(Api.patch(server, "/v1/products/" + id, "{\"source_id\": \"" + UUID.randomUUID() + "\"}", null),
          422, "source_id");
      assertEquals(1, json(server.get("/v1/products/" + id)).get("version").asLong());
    }
  }

  @Test
  void unavailableWhenNoConnectionCanBeHad() {
    try (TestServer small = TestServer.start(Map.of("DB_POOL_SIZE", "1", "DB_CONNECTION_TIMEOUT_MS", "250"))) {
      String id = Api.createProduct(small, unique("Busy"), Api.source(small)).get("id").asText();
      UnitOfWork held = small.graph().database().newUnitOfWork();
      HttpResponse<String> busy;
      try {
        held.productReads().find(UUID.randomUUID());
        assertEquals(1, small.activeConnections());
        long start = System.nanoTime();
        busy = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> small.get("/v1/products/" + id));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(Duration.ofSeconds(5)) < 0, "503 took " + took);
        JsonNode problem = assertProblem(busy, 503);
        assertTrue(problem.get("detail").asText().contains("busy"), problem.toString());
        String retryAfter = busy.headers().firstValue("Retry-After").orElseThrow();
        assertTrue(Integer.parseInt(retryAfter) >= 1, retryAfter);
        assertProblem(small.write("PATCH", "/v1/products/" + id, "{\"name\": \"x\"}"), 503);
      } finally {
        held.close();
      }
      HttpResponse<String> again = small.get("/v1/products/" + id);
      assertEquals(200, again.statusCode(), again.body());
      assertEquals(1, json(again).get("version").asLong(), "the refused PATCH changed nothing");
    }
  }
}
