package catalog.app.query;

import static catalog.app.query.Seeds.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;

import catalog.app.TestServer;
import catalog.domain.classification.Classification;
import catalog.domain.classification.Kind;
import catalog.domain.product.Nutrient;
import catalog.domain.work.UnitOfWork;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The cascade of filter options over a source of its own: parent categories of the matching products,
 * categories under the chosen parents, brands under the chosen categories; sorted, live products only.
 */
class FilterOptionsIT {
  private static TestServer server;
  private static Seeds seeds;
  private static String token;
  private static String source;

  @BeforeAll
  static void seed() {
    server = TestServer.start();
    seeds = new Seeds(server);
    token = Seeds.token();
    source = token;
    Classification src = seeds.classification(Kind.SOURCE, source);
    // parent -> categories -> brands, names chosen so that case and order matter
    add(src, "Dairy", "Cheese", "zeta", 100.0);
    add(src, "Dairy", "Cheese", "Alpha", 300.0);
    add(src, "Dairy", "Yogurt", "beta", 50.0);
    add(src, "Bakery", "Bread", "Alpha", 250.0);
    add(src, "Bakery", "Cake", null, 400.0);
    add(src, null, null, "Gamma", 10.0);
    var gone = seeds.store(product(src, "Hidden", "Hidden cat", "Hidden brand", 1.0));
    seeds.discard(gone);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static void add(Classification src, String parent, String category, String brand, double calories) {
    seeds.store(product(src, parent, category, brand, calories));
  }

  private static catalog.domain.product.Product product(Classification src, String parent, String category,
      String brand, double calories) {
    Map<Kind, Classification> refs = new EnumMap<>(Kind.class);
    refs.put(Kind.SOURCE, src);
    if (parent != null) {
      refs.put(Kind.PARENT_CATEGORY, seeds.classification(Kind.PARENT_CATEGORY, token + " " + parent));
    }
    if (category != null) {
      refs.put(Kind.CATEGORY, seeds.classification(Kind.CATEGORY, token + " " + category));
    }
    if (brand != null) {
      refs.put(Kind.BRAND, seeds.classification(Kind.BRAND, token + " " + brand));
    }
    return Seeds.product(token + " p", null, refs, Map.of(Nutrient.CALORIES, calories), Seeds.now(), Seeds.now());
  }

  private static Map<String, List<String>> options(String query) {
    JsonNode body = seeds.get("/v1/products/filter-options?source=" + source + query, 200);
    Map<String, List<String>> out = new java.util.LinkedHashMap<>();
    body.fieldNames().forEachRemaining(key -> {
      List<String> names = new ArrayList<>();
      body.path(key).forEach(n -> names.add(n.asText().substring(token.length() + 1)));
      out.put(key, names);
    });
    return out;
  }

  @Test
  void withoutChoicesEveryLevelListsWhatTheMatchingProductsHave() {
    assertEquals(Map.of(
        "parent_category", List.of("Bakery", "Dairy"),
        "category", List.of("Bread", "Cake", "Cheese", "Yogurt"),
        "brand", List.of("Alpha", "beta", "Gamma", "zeta")), options(""));
  }

  @Test
  void categoriesFollowTheChosenParentsAndBrandsTheChosenCategories() {
    assertEquals(Map.of(
        "parent_category", List.of("Bakery", "Dairy"),
        "category", List.of("Cheese", "Yogurt"),
        "brand", List.of("Alpha", "beta", "zeta")), options("&parent_category=" + enc(token + " dairy")));
    assertEquals(Map.of(
        "parent_category", List.of("Bakery", "Dairy"),
        "category", List.of("Cheese", "Yogurt"),
        "brand", List.of("Alpha", "zeta")),
        options("&parent_category=" + enc(token + " Dairy") + "&category=" + enc(token + " Cheese")));
    assertEquals(Map.of(
        "parent_category", List.of("Bakery", "Dairy"),
        "category", List.of("Bread", "Cake", "Cheese", "Yogurt"),
        "brand", List.of("Alpha", "zeta")),
        options("&category=" + enc(token + " Cheese") + "&category=" + enc(token + " Bread")
            + "&brand=" + enc(token + " beta")));
  }

  @Test
  void otherFiltersNarrowEveryLevel() {
    assertEquals(Map.of(
        "parent_category", List.of("Bakery", "Dairy"),
        "category", List.of("Bread", "Cheese"),
        "brand", List.of("Alpha")), options("&calories_gte=250&calories_lte=300"));
    assertEquals(Map.of(
        "parent_category", List.of("Dairy"),
        "category", List.of("Cheese", "Yogurt"),
        "brand", List.of("beta", "Gamma", "zeta")),
        options("&calories_lte=100&parent_category_not_in=" + enc(token + " Bakery")));
  }

  @Test
  void discardedProductsAddNoOption() {
    assertEquals(Map.of("parent_category", List.of("Bakery", "Dairy"), "category", List.of(), "brand", List.of()),
        options("&parent_category=" + enc(token + " Hidden")));
  }

  /**
   * A discarded brand still on a live product, and the live brand that took its name in another case: one
   * option, spelt as the live one, since a filter on either name selects the products of both; also when
   * only the discarded brand's product matches.
   */
  @Test
  void aNameIsOfferedOnceSpeltAsTheLiveClassification() {
    String own = Seeds.token();
    Classification src = seeds.classification(Kind.SOURCE, own);
    Classification old = seeds.classification(Kind.BRAND, own + " ZZtop");
    seeds.store(Seeds.product(own + " first", null, Map.of(Kind.SOURCE, src, Kind.BRAND, old), Map.of(), Seeds.now(),
        Seeds.now()));
    try (UnitOfWork uow = server.graph().database().newUnitOfWork()) {
      uow.classifications().update(old.discard(Seeds.now()));
      uow.commit();
    }
    Classification live = seeds.classification(Kind.BRAND, own + " zztop");
    seeds.store(Seeds.product(own + " second", null, Map.of(Kind.SOURCE, src, Kind.BRAND, live), Map.of(), Seeds.now(),
        Seeds.now()));

    // With a filter, with one only the discarded brand's product passes, and with none (the whole
    // catalog's options, of which this test's are one).
    for (String query : List.of("?source=" + own, "?source=" + own + "&name_like=" + enc(own + " first"), "")) {
      JsonNode body = seeds.get("/v1/products/filter-options" + query, 200);
      List<String> brands = new ArrayList<>();
      body.path("brand").forEach(n -> brands.add(n.asText()));
      assertEquals(List.of(own + " zztop"), brands.stream().filter(b -> b.startsWith(own)).toList(), query);
    }
    assertEquals(2, seeds.get("/v1/products?source=" + own + "&brand=" + enc(own + " zztop"), 200).path("data").size());
  }

  @Test
  void nothingMatchingIsThreeEmptyLists() {
    assertEquals(Map.of("parent_category", List.of(), "category", List.of(), "brand", List.of()),
        options("&calories_gte=100000"));
  }
}
