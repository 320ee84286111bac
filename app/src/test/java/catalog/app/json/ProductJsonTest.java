package catalog.app.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import catalog.app.graph.CatalogModule;
import catalog.domain.classification.Kind;
import catalog.domain.product.ClassificationRef;
import catalog.domain.product.NutriFacts;
import catalog.domain.product.Nutrient;
import catalog.domain.product.PackageSize;
import catalog.domain.product.PackageUnit;
import catalog.domain.product.ProductFields;
import catalog.domain.product.ProductView;
import catalog.domain.product.Score;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The response shape of a product, as the contract gives it, written by the streaming writer. */
class ProductJsonTest {
  /** The service's own mapper, so that its settings (characters past U+FFFF as UTF-8 bytes) apply to both sides. */
  private static final ObjectMapper MAPPER = CatalogModule.objectMapper();
  private static final ProductJson JSON = new ProductJson(MAPPER);
  private static final UUID ID = UUID.fromString("0b8f8a52-27a3-4c39-9d1e-3a1f3b4c5d6e");
  private static final UUID SOURCE = UUID.fromString("11111111-1111-4111-8111-111111111111");
  private static final UUID BRAND = UUID.fromString("22222222-2222-4222-8222-222222222222");
  private static final Instant CREATED = Instant.parse("2026-11-26T10:15:30.123456Z");
  private static final Instant UPDATED = Instant.parse("2026-11-26T11:00:00Z");

  @Test
  void everyFieldOfAFullProduct() throws Exception {
    Map<Nutrient, Double> nutrients = new EnumMap<>(Nutrient.class);
    nutrients.put(Nutrient.CALORIES, 365.0);
    nutrients.put(Nutrient.PROTEIN, 13.27);
    ProductFields fields = new ProductFields("Amaranth seed, black", "7891000100103", true,
        Map.of(Kind.SOURCE, SOURCE, Kind.BRAND, BRAND), new NutriFacts(nutrients), "amaranth",
        new PackageSize(500, PackageUnit.G), "https://example.org/a.png", new Score(7.5, null, 3.0), 0.92);
    Map<Kind, ClassificationRef> refs = new EnumMap<>(Kind.class);
    refs.put(Kind.SOURCE, new ClassificationRef(SOURCE, "ifct"));
    refs.put(Kind.BRAND, new ClassificationRef(BRAND, "Aurora"));
    ProductView view = new ProductView(ID, fields, refs, 3, false, CREATED, UPDATED);

    assertEquals(MAPPER.readTree("""
        {"id":"0b8f8a52-27a3-4c39-9d1e-3a1f3b4c5d6e","name":"Amaranth seed, black","barcode":"7891000100103",
         "is_food":true,
         "source":{"id":"11111111-1111-4111-8111-111111111111","name":"ifct"},
         "brand":{"id":"22222222-2222-4222-8222-222222222222","name":"Aurora"},
         "category":null,"parent_category":null,"food_group":null,"process_type":null,
         "nutri_facts":{"calories":{"value":365.0,"unit":"kcal"},"protein":{"value":13.27,"unit":"g"}},
         "ingredients":"amaranth","package_size":500.0,"package_size_unit":"g",
         "image_url":"https://example.org/a.png","score":{"final":7.5,"ingredients":null,"nutrients":3.0},
         "edible_yield":0.92,"created_at":"2026-11-26T10:15:30.123456Z","updated_at":"2026-11-26T11:00:00Z",
         "version":3,"discarded":false}"""), written(view, null));
  }

  @Test
  void absentValuesAreNullsAndASearchHitEndsWithItsSimilarity() throws Exception {
    ProductFields fields = new ProductFields("Water", null, false, Map.of(Kind.SOURCE, SOURCE), NutriFacts.NONE,
        null, null, null, null, null);
    ProductView view = new ProductView(ID, fields, Map.of(Kind.SOURCE, new ClassificationRef(SOURCE, "manual")),
        1, true, CREATED, CREATED);

    JsonNode json = written(view, 0.4375);

    assertEquals(MAPPER.readTree("""
        {"id":"0b8f8a52-27a3-4c39-9d1e-3a1f3b4c5d6e","name":"Water","barcode":null,"is_food":false,
         "source":{"id":"11111111-1111-4111-8111-111111111111","name":"manual"},
         "brand":null,"category":null,"parent_category":null,"food_group":null,"process_type":null,
         "nutri_facts":{},"ingredients":null,"package_size":null,"package_size_unit":null,"image_url":null,
         "score":null,"edible_yield":null,"created_at":"2026-11-26T10:15:30.123456Z",
         "updated_at":"2026-11-26T10:15:30.123456Z","version":1,"discarded":true,"similarity":0.4375}"""), json);
    List<String> names = new ArrayList<>();
    json.fieldNames().forEachRemaining(names::add);
    assertEquals("similarity", names.getLast());
  }

  @Test
  void theTextIsExactlyWhatJacksonWritesForTheSameFields() throws Exception {
    Map<Nutrient, Double> nutrients = new EnumMap<>(Nutrient.class);
    double[] values = {0.1 + 0.2, 1e-5, 999_999.9, 0.0, 365.0, 13.27, 1e6, 0.001, 2.675, Math.PI, 5e-324, 1.005};
    Nutrient[] all = Nutrient.values();
    for (int i = 0; i < values.length; i++) {
      nutrients.put(all[i], values[i]);
    }
    UUID category = UUID.fromString("33333333-3333-4333-8333-333333333333");
    ProductFields fields = new ProductFields("Dal \"special\" \\ é 🍚", "0001", true,
        Map.of(Kind.SOURCE, SOURCE, Kind.BRAND, BRAND, Kind.CATEGORY, category), new NutriFacts(nutrients),
        "line\nbreak", new PackageSize(0.75, PackageUnit.G), null, new Score(0.0, 1e-4, 99.99), 1.0);
    Map<Kind, ClassificationRef> refs = new EnumMap<>(Kind.class);
    refs.put(Kind.SOURCE, new ClassificationRef(SOURCE, "manual"));
    refs.put(Kind.BRAND, new ClassificationRef(BRAND, "Dona \"Maria\" \\ ñ \t"));
    refs.put(Kind.CATEGORY, new ClassificationRef(category, "Pulses & Legumes"));
    for (Instant at : List.of(CREATED, UPDATED, Instant.parse("1999-12-31T23:59:59.000000001Z"),
        Instant.parse("+10000-01-01T00:00:00Z"))) {
      ProductView view = new ProductView(ID, fields, refs, 12, false, at, UPDATED);
      for (Double similarity : new Double[] {null, 0.30000000000000004, 1.0}) {
        assertEquals(reference(view, similarity), text(view, similarity));
      }
    }
  }

  @Test
  void aRenamedClassificationIsWrittenWithItsNewName() throws Exception {
    ProductFields fields = new ProductFields("Rice", null, true, Map.of(Kind.SOURCE, SOURCE, Kind.BRAND, BRAND),
        NutriFacts.NONE, null, null, null, null, null);
    for (String name : List.of("Aurora", "Aurora Foods", "Aurora")) {
      Map<Kind, ClassificationRef> refs = Map.of(Kind.SOURCE, new ClassificationRef(SOURCE, "manual"),
          Kind.BRAND, new ClassificationRef(BRAND, name));
      JsonNode json = written(new ProductView(ID, fields, refs, 1, false, CREATED, UPDATED), null);
      assertEquals(name, json.get("brand").get("name").asText());
      assertEquals(BRAND.toString(), json.get("brand").get("id").asText());
    }
  }

  @Test
  void moreClassificationsThanAreKeptAreAllWrittenRight() throws Exception {
    ProductJson json = new ProductJson(MAPPER);
    for (int i = 0; i <= ProductJson.MAX_KEPT + 10; i++) {
      UUID brand = new UUID(0x2222_2222_2222_4222L, 0x8222_0000_0000_0000L + i);
      ProductFields fields = new ProductFields("Rice", null, true, Map.of(Kind.SOURCE, SOURCE, Kind.BRAND, brand),
          NutriFacts.NONE, null, null, null, null, null);
      Map<Kind, ClassificationRef> refs = Map.of(Kind.SOURCE, new ClassificationRef(SOURCE, "manual"),
          Kind.BRAND, new ClassificationRef(brand, "Brand " + i));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (JsonGenerator g = MAPPER.createGenerator(out)) {
        json.write(g, new ProductView(ID, fields, refs, 1, false, CREATED, UPDATED), null);
      }
      JsonNode written = MAPPER.readTree(out.toByteArray());
      assertEquals("Brand " + i, written.get("brand").get("name").asText());
      assertEquals(brand.toString(), written.get("brand").get("id").asText());
    }
  }

  /**
   * The same product through Jackson's own tree and serializers, field by field in the contract's order, as
   * UTF-8 bytes like the service's, through the same mapper.
   */
  private static String reference(ProductView v, Double similarity) throws Exception {
    ProductFields f = v.fields();
    ObjectNode out = MAPPER.createObjectNode();
    out.put("id", v.id().toString());
    out.put("name", f.name());
    out.put("barcode", f.barcode());
    out.put("is_food", f.isFood());
    for (Kind kind : Kind.values()) {
      ClassificationRef ref = v.classification(kind);
      if (ref == null) {
        out.putNull(kind.key());
      } else {
        out.putObject(kind.key()).put("id", ref.id().toString()).put("name", ref.name());
      }
    }
    ObjectNode facts = out.putObject("nutri_facts");
    for (Nutrient n : Nutrient.values()) {
      Double value = f.nutriFacts().values().get(n);
      if (value != null) {
        facts.putObject(n.key()).put("value", value).put("unit", n.unit().symbol());
      }
    }
    out.put("ingredients", f.ingredients());
    out.put("package_size", f.packageSize() == null ? null : f.packageSize().amount());
    out.put("package_size_unit", f.packageSize() == null ? null : f.packageSize().unit().symbol());
    out.put("image_url", f.imageUrl());
    if (f.score() == null) {
      out.putNull("score");
    } else {
      out.putObject("score").put("final", f.score().overall()).put("ingredients", f.score().ingredients())
          .put("nutrients", f.score().nutrients());
    }
    out.put("edible_yield", f.edibleYield());
    out.put("created_at", v.createdAt().toString());
    out.put("updated_at", v.updatedAt().toString());
    out.put("version", v.version());
    out.put("discarded", v.discarded());
    if (similarity != null) {
      out.put("similarity", similarity);
    }
    return new String(MAPPER.writeValueAsBytes(out), StandardCharsets.UTF_8);
  }

  private static String text(ProductView view, Double similarity) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = MAPPER.createGenerator(out)) {
      JSON.write(g, view, similarity);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static JsonNode written(ProductView view, Double similarity) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = MAPPER.createGenerator(out)) {
      JSON.write(g, view, similarity);
    }
    return MAPPER.readTree(out.toByteArray());
  }
}
