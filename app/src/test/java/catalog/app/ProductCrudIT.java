package catalog.app;

import static catalog.app.Api.assertProblem;
import static catalog.app.Api.json;
import static catalog.app.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import catalog.domain.classification.Kind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The product life cycle and classification CRUD over real HTTP. */
class ProductCrudIT {
  private static final List<String> KINDS = List.of("sources", "brands", "categories", "parent-categories",
      "food-groups", "process-types");
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
  void productLifeCycle() {
    String sourceName = unique("Src");
    String brandName = unique("Brand");
    String categoryName = unique("Cat");
    String parentName = unique("Parent");
    String groupName = unique("Group");
    String processName = unique("Proc");
    String source = Api.classification(server, "sources", sourceName);
    String brand = Api.classification(server, "brands", brandName);
    String category = Api.classification(server, "categories", categoryName);
    String parent = Api.classification(server, "parent-categories", parentName);
    String group = Api.classification(server, "food-groups", groupName);
    String process = Api.classification(server, "process-types", processName);
    String name = unique("Oat drink");
    String barcode = Api.barcode();
    ObjectNode body = Api.product(name, barcode, source)
        .put("is_food", true)
        .put("brand_id", brand)
        .put("category_id", category)
        .put("parent_category_id", parent)
        .put("food_group_id", group)
        .put("process_type_id", process)
        .put("ingredients", "water, oats, salt")
        .put("package_size", 1.5)
        .put("package_size_unit", "l")
        .put("image_url", "https://images.example.com/oat.png")
        .put("edible_yield", 0.95);
    ObjectNode facts = body.putObject("nutri_facts");
    facts.putObject("calories").put("value", 46.5).put("unit", "kcal");
    facts.putObject("protein").put("value", 1.1).put("unit", "g");
    facts.putObject("sodium").put("value", 40).put("unit", "mg");
    body.putObject("score").put("final", 72).put("ingredients", 60).put("nutrients", 80);

    HttpResponse<String> created = server.write("POST", "/v1/products", body.toString());
    assertEquals(201, created.statusCode(), created.body());
    assertTrue(created.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    JsonNode product = json(created);
    String id = product.get("id").asText();
    UUID.fromString(id);
    assertEquals("/v1/products/" + id, created.headers().firstValue("Location").orElseThrow());
    assertEquals("\"1\"", created.headers().firstValue("ETag").orElseThrow());
    assertEquals(name, product.get("name").asText());
    assertEquals(barcode, product.get("barcode").asText());
    assertTrue(product.get("is_food").asBoolean());
    assertRef(product, "source", source, sourceName);
    assertRef(product, "brand", brand, brandName);
    assertRef(product, "category", category, categoryName);
    assertRef(product, "parent_category", parent, parentName);
    assertRef(product, "food_group", group, groupName);
    assertRef(product, "process_type", process, processName);
    assertNutrient(product, "calories", 46.5, "kcal");
    assertNutrient(product, "protein", 1.1, "g");
    assertNutrient(product, "sodium", 40, "mg");
    assertEquals(3, product.get("nutri_facts").size());
    assertEquals("water, oats, salt", product.get("ingredients").asText());
    assertEquals(1.5, product.get("package_size").asDouble());
    assertEquals("l", product.get("package_size_unit").asText());
    assertEquals("https://images.example.com/oat.png", product.get("image_url").asText());
    assertEquals(72, product.get("score").get("final").asDouble());
    assertEquals(60, product.get("score").get("ingredients").asDouble());
    assertEquals(80, product.get("score").get("nutrients").asDouble());
    assertEquals(0.95, product.get("edible_yield").asDouble());
    assertEquals(1, product.get("version").asLong());
    assertFalse(product.get("discarded").asBoolean());
    Instant createdAt = Instant.parse(product.get("created_at").asText());
    assertEquals(createdAt, Instant.parse(product.get("updated_at").asText()));
    assertTrue(product.get("created_at").asText().endsWith("Z"), "UTC time: " + product.get("created_at"));
    for (String camel : List.of("isFood", "nutriFacts", "createdAt", "updatedAt", "packageSize", "imageUrl",
        "edibleYield")) {
      assertFalse(product.has(camel), "snake_case only, found " + camel);
    }

    HttpResponse<String> read = server.get("/v1/products/" + id);
    assertEquals(200, read.statusCode(), read.body());
    assertEquals("\"1\"", read.headers().firstValue("ETag").orElseThrow());
    assertEquals(product, json(read));

    ObjectNode patch = Api.object().put("name", name + " light");
    patch.putObject("nutri_facts").putNull("sodium").putObject("protein").put("value", 1.4).put("unit", "g");
    HttpResponse<String> patched = Api.patch(server, "/v1/products/" + id, patch.toString(), "\"1\"");
    assertEquals(200, patched.statusCode(), patched.body());
    assertEquals("\"2\"", patched.headers().firstValue("ETag").orElseThrow());
    JsonNode changed = json(patched);
    assertEquals(2, changed.get("version").asLong());
    assertEquals(name + " light", changed.get("name").asText());
    assertFalse(changed.get("nutri_facts").has("sodium"), changed.toString());
    assertNutrient(changed, "protein", 1.4, "g");
    assertNutrient(changed, "calories", 46.5, "kcal");
    assertEquals(barcode, changed.get("barcode").asText(), "untouched fields stay");
    assertRef(changed, "brand", brand, brandName);
    assertEquals(product.get("created_at"), changed.get("created_at"));
    assertFalse(Instant.parse(changed.get("updated_at").asText()).isBefore(createdAt));

    HttpResponse<String> reread = server.get("/v1/products/" + id);
    assertEquals("\"2\"", reread.headers().firstValue("ETag").orElseThrow());
    assertEquals(changed, json(reread));

    HttpResponse<String> deleted = server.write("DELETE", "/v1/products/" + id, null);
    assertEquals(204, deleted.statusCode(), deleted.body());
    assertEquals("", deleted.body());

    JsonNode gone = json(server.get("/v1/products/" + id));
    assertTrue(gone.get("discarded").asBoolean(), gone.toString());
    assertEquals(3, gone.get("version").asLong());

    String byBarcode = "/v1/products?barcode=" + barcode;
    assertEquals(Set.of(), Api.ids(server.get(byBarcode)));
    assertEquals(Set.of(id), Api.ids(server.get(byBarcode + "&discarded=true")));
    assertEquals(Set.of(), Api.ids(server.get(byBarcode + "&discarded=false")));
  }

  @Test
  void aProductWithOnlyASourceHasNullsAndNoNutrients() {
    String sourceName = unique("Src");
    String source = Api.classification(server, "sources", sourceName);
    JsonNode product = Api.create(server, Api.product(unique("Plain"), null, source));
    assertRef(product, "source", source, sourceName);
    for (String field : List.of("barcode", "brand", "category", "parent_category", "food_group", "process_type",
        "ingredients", "package_size", "package_size_unit", "image_url", "score", "edible_yield")) {
      assertTrue(product.has(field) && product.get(field).isNull(), field + " in " + product);
    }
    assertTrue(product.get("nutri_facts").isObject() && product.get("nutri_facts").isEmpty(), product.toString());
    assertTrue(product.get("is_food").asBoolean(), "is_food defaults to true");
  }

  @Test
  void aPatchThatChangesNothingKeepsTheVersion() {
    String source = Api.source(server);
    String name = unique("Same");
    JsonNode product = Api.createProduct(server, name, source);
    String id = product.get("id").asText();
    HttpResponse<String> r = Api.patch(server, "/v1/products/" + id, Api.object().put("name", name).toString(), null);
    assertEquals(200, r.statusCode(), r.body());
    assertEquals(1, json(r).get("version").asLong());
    assertEquals("\"1\"", r.headers().firstValue("ETag").orElseThrow());
  }

  @Test
  void aPatchCanRemoveAnOptionalClassificationAndSetAnother() {
    String source = Api.source(server);
    String brand = Api.classification(server, "brands", unique("Brand"));
    String categoryName = unique("Cat");
    String category = Api.classification(server, "categories", categoryName);
    JsonNode product = Api.create(server, Api.product(unique("Swap"), null, source).put("brand_id", brand));
    String id = product.get("id").asText();
    ObjectNode patch = Api.object().putNull("brand_id").put("category_id", category);
    HttpResponse<String> r = Api.patch(server, "/v1/products/" + id, patch.toString(), "\"1\"");
    assertEquals(200, r.statusCode(), r.body());
    JsonNode changed = json(r);
    assertTrue(changed.get("brand").isNull(), changed.toString());
    assertRef(changed, "category", category, categoryName);
  }

  @Test
  void aDiscardedProductCannotBeChangedAndItsBarcodeCanBeUsedAgain() {
    String source = Api.source(server);
    String barcode = Api.barcode();
    String id = Api.create(server, Api.product(unique("Once"), barcode, source)).get("id").asText();
    assertEquals(204, server.write("DELETE", "/v1/products/" + id, null).statusCode());
    assertEquals(204, server.write("DELETE", "/v1/products/" + id, null).statusCode(), "discard is idempotent");
    assertProblem(Api.patch(server, "/v1/products/" + id, Api.object().put("name", "x").toString(), null), 409);
    JsonNode again = Api.create(server, Api.product(unique("Twice"), barcode, source));
    assertNotEquals(id, again.get("id").asText());
  }

  @ParameterizedTest
  @ValueSource(strings = {"sources", "brands", "categories", "parent-categories", "food-groups", "process-types"})
  void classificationCrud(String kind) {
    String name = unique("Kind " + kind);
    HttpResponse<String> created = server.write("POST", "/v1/" + kind, Api.object().put("name", name).toString());
    assertEquals(201, created.statusCode(), created.body());
    JsonNode c = json(created);
    String id = c.get("id").asText();
    UUID.fromString(id);
    assertEquals("/v1/" + kind + "/" + id, created.headers().firstValue("Location").orElseThrow());
    assertEquals("\"1\"", created.headers().firstValue("ETag").orElseThrow());
    assertEquals(name, c.get("name").asText());
    assertEquals(1, c.get("version").asLong());
    assertFalse(c.get("discarded").asBoolean());
    Instant.parse(c.get("created_at").asText());
    Instant.parse(c.get("updated_at").asText());

    HttpResponse<String> read = server.get("/v1/" + kind + "/" + id);
    assertEquals(200, read.statusCode(), read.body());
    assertEquals("\"1\"", read.headers().firstValue("ETag").orElseThrow());
    assertEquals(c, json(read));

    assertTrue(names(server.get("/v1/" + kind)).contains(name));

    assertProblem(server.write("POST", "/v1/" + kind, Api.object().put("name", name.toUpperCase()).toString()), 409,
        "name");
    assertProblem(server.write("POST", "/v1/" + kind, Api.object().put("name", "  " + name + " ").toString()), 409,
        "name");

    String renamed = name + " renamed";
    HttpResponse<String> stale = Api.send(server, "PATCH", "/v1/" + kind + "/" + id,
        Api.object().put("name", renamed).toString(), "application/merge-patch+json", Map.of("If-Match", "\"7\""));
    assertProblem(stale, 412);
    HttpResponse<String> patched = Api.send(server, "PATCH", "/v1/" + kind + "/" + id,
        Api.object().put("name", renamed).toString(), "application/merge-patch+json", Map.of("If-Match", "\"1\""));
    assertEquals(200, patched.statusCode(), patched.body());
    assertEquals("\"2\"", patched.headers().firstValue("ETag").orElseThrow());
    assertEquals(renamed, json(patched).get("name").asText());
    assertEquals(2, json(patched).get("version").asLong());
    assertEquals(renamed, json(server.get("/v1/" + kind + "/" + id)).get("name").asText());

    String other = Api.classification(server, kind, unique("Other " + kind));
    assertProblem(Api.send(server, "PATCH", "/v1/" + kind + "/" + other,
        Api.object().put("name", renamed.toLowerCase()).toString(), "application/merge-patch+json", Map.of()), 409,
        "name");

    HttpResponse<String> deleted = server.write("DELETE", "/v1/" + kind + "/" + id, null);
    assertEquals(204, deleted.statusCode(), deleted.body());
    assertTrue(json(server.get("/v1/" + kind + "/" + id)).get("discarded").asBoolean());
    assertFalse(names(server.get("/v1/" + kind)).contains(renamed), "the list shows live ones");
    assertEquals(201, server.write("POST", "/v1/" + kind, Api.object().put("name", renamed).toString()).statusCode(),
        "a discarded name can be used again");

    assertProblem(server.get("/v1/" + kind + "/" + UUID.randomUUID()), 404);
  }

  @Test
  void everyKindIsCovered() {
    assertEquals(KINDS.size(), Kind.values().length);
    for (Kind kind : Kind.values()) {
      assertTrue(KINDS.contains(kind.plural()), kind.plural());
    }
  }

  private static Set<String> names(HttpResponse<String> r) {
    assertEquals(200, r.statusCode(), r.body());
    Set<String> names = new HashSet<>();
    json(r).get("data").forEach(c -> names.add(c.get("name").asText()));
    return names;
  }

  private static void assertRef(JsonNode product, String field, String id, String name) {
    JsonNode ref = product.get(field);
    assertTrue(ref != null && ref.isObject(), field + " in " + product);
    assertEquals(id, ref.get("id").asText(), field + ".id");
    assertEquals(name, ref.get("name").asText(), field + ".name");
  }

  private static void assertNutrient(JsonNode product, String key, double value, String unit) {
    JsonNode q = product.get("nutri_facts").get(key);
    assertTrue(q != null && q.isObject(), key + " in " + product.get("nutri_facts"));
    assertEquals(value, q.get("value").asDouble(), 1e-9, key);
    assertEquals(unit, q.get("unit").asText(), key);
  }
}
