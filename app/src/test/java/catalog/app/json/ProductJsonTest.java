package catalog.app.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The response shape of a product, as the contract gives it, written by the streaming writer. */
class ProductJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
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

  private static JsonNode written(ProductView view, Double similarity) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = MAPPER.createGenerator(out)) {
      JSON.write(g, view, similarity);
    }
    return MAPPER.readTree(out.toByteArray());
  }
}
