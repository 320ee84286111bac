package catalog.app.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import catalog.app.TestServer;
import catalog.domain.classification.Classification;
import catalog.domain.classification.Kind;
import catalog.domain.listing.Field;
import catalog.domain.listing.SourceOrder;
import catalog.domain.product.Nutrient;
import catalog.domain.product.Product;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every sort key in both directions, and mixed multi-key sorts, over real HTTP: one page in the
 * promised order, and a walk of small pages that returns the same rows exactly once. The 64 products
 * repeat their values (ties) and miss many of them (NULLs), and are all named after this run's token.
 */
class ListSortIT {
  private static final int PRODUCTS = 64;
  private static final Instant T0 = Instant.parse("2024-03-01T08:00:00Z");

  private static TestServer server;
  private static Seeds seeds;
  private static String token;
  private static List<JsonNode> all;

  @BeforeAll
  static void seed() {
    server = TestServer.start();
    seeds = new Seeds(server);
    token = Seeds.token();
    List<Classification> sources = new ArrayList<>();
    SourceOrder.FIRST.forEach(name -> sources.add(seeds.classification(Kind.SOURCE, name)));
    sources.add(seeds.classification(Kind.SOURCE, token + "a"));
    sources.add(seeds.classification(Kind.SOURCE, token + "z"));
    Map<Kind, List<Classification>> others = new EnumMap<>(Kind.class);
    for (Kind kind : List.of(Kind.BRAND, Kind.CATEGORY, Kind.PARENT_CATEGORY, Kind.FOOD_GROUP, Kind.PROCESS_TYPE)) {
      others.put(kind, List.of(seeds.classification(kind, token + kind.key().charAt(0) + "1"),
          seeds.classification(kind, token + kind.key().charAt(0) + "2"),
          seeds.classification(kind, token + kind.key().charAt(0) + "3")));
    }
    List<String> words = List.of("alpha", "bravo", "charlie", "delta", "echo");
    double[] amounts = {1.5, 2.0, 10.0, 0.0};
    List<Product> products = new ArrayList<>();
    for (int i = 0; i < PRODUCTS; i++) {
      Map<Kind, Classification> refs = new EnumMap<>(Kind.class);
      refs.put(Kind.SOURCE, sources.get((i * 5) % sources.size()));
      int k = 0;
      for (var entry : others.entrySet()) {
        int pick = (i + k++) % 4;
        if (pick < 3) {
          refs.put(entry.getKey(), entry.getValue().get(pick));
        }
      }
      Map<Nutrient, Double> nutrients = new EnumMap<>(Nutrient.class);
      for (Nutrient n : Nutrient.values()) {
        int pick = (i * 3 + n.ordinal()) % 5;
        if (pick < 4) {
          nutrients.put(n, amounts[pick]);
        }
      }
      String barcode = i % 3 == 0 ? null : token + (i % 11);
      products.add(Seeds.product(token + words.get(i % words.size()), barcode == null ? null : barcode + "x" + i,
          refs, nutrients, T0.plus(Duration.ofMinutes(i % 5)), T0.plus(Duration.ofSeconds(i % 7))));
    }
    seeds.store(products);
    all = seeds.walk("name_like=" + token + "&limit=200");
    assertEquals(PRODUCTS, all.size());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static Stream<String> everyKeyBothWays() {
    return Arrays.stream(Field.values()).filter(Field::sortable)
        .flatMap(f -> Stream.of(f.key(), "-" + f.key()));
  }

  @ParameterizedTest
  @MethodSource("everyKeyBothWays")
  void onePageIsInOrder(String sort) {
    JsonNode page = seeds.get("/v1/products?name_like=" + token + "&limit=200&sort=" + sort, 200);
    assertEquals(ExpectedOrder.of(all, sort), Seeds.ids(page));
  }

  @ParameterizedTest
  @MethodSource("everyKeyBothWays")
  void smallPagesWalkEveryRowOnceInOrder(String sort) {
    assertWalk(sort, 7);
  }

  @ParameterizedTest
  @ValueSource(strings = {"brand,-calories", "-source,name", "source,-name", "category,parent_category,-updated_at",
      "-barcode,created_at", "food_group,-process_type,protein", "-calories,-sodium,brand",
      "-created_at,name", "updated_at,-name", "-brand,-category", "name,-created_at", "-vitamin_c,source"})
  void mixedSortsWalkEveryRowOnceInOrder(String sort) {
    assertWalk(sort, 5);
  }

  @Test
  void aPageOfOneWalksTooWithNullsInTheMiddleOfTies() {
    assertWalk("-brand,calories", 1);
  }

  @Test
  void sourcesFollowTheirOrderThenName() {
    List<String> names = new ArrayList<>();
    seeds.get("/v1/products?name_like=" + token + "&limit=200&sort=source", 200).path("data")
        .forEach(r -> names.add(r.path("source").path("name").asText()));
    List<String> distinct = names.stream().distinct().toList();
    assertEquals(List.of("manual", "tbca", "taco", "private", "gs1", "auto", token + "a", token + "z"), distinct);
  }

  private static void assertWalk(String sort, int limit) {
    List<JsonNode> rows = seeds.walk("name_like=" + token + "&limit=" + limit + "&sort=" + sort);
    List<UUID> ids = Seeds.ids(rows);
    assertEquals(PRODUCTS, new HashSet<>(ids).size(), "a row came twice or not at all");
    assertEquals(ExpectedOrder.of(all, sort), ids);
  }
}
