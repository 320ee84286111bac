package catalog.app.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import catalog.app.TestServer;
import catalog.domain.classification.Classification;
import catalog.domain.classification.Kind;
import catalog.domain.product.Product;
import catalog.infra.testing.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A sort on one classification over the whole catalog (no filter) has a statement of its own, which
 * reads each classification's products through the index on (reference, id) (ClassificationSort). Its
 * walk must return every live product of the catalog once, in the promised order, and exactly what the
 * general statement returns: the same sort with a filter that keeps every product.
 */
class ClassificationSortIT {
  private static TestServer server;
  private static Seeds seeds;
  private static UUID discarded;

  @BeforeAll
  static void seed() {
    // A catalog of its own: the walks read all of it.
    server = TestServer.start(TestDatabase.get().ownEnv("classificationsort"));
    seeds = new Seeds(server);
    String token = Seeds.token();
    Map<Kind, List<Classification>> choices = new EnumMap<>(Kind.class);
    for (Kind kind : Kind.values()) {
      // Upper and lower case, and a name that sorts before both.
      choices.put(kind, List.of(seeds.classification(kind, token + "b"),
          seeds.classification(kind, token.toUpperCase(Locale.ROOT) + "A"), seeds.classification(kind, "M" + token)));
    }
    List<Product> products = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      Map<Kind, Classification> refs = new EnumMap<>(Kind.class);
      for (Kind kind : Kind.values()) {
        int pick = (i + kind.ordinal()) % 4;
        if (kind == Kind.SOURCE || pick < 3) {
          refs.put(kind, choices.get(kind).get(pick % 3));
        }
      }
      products.add(Seeds.product(token + i, null, refs, Map.of(), Seeds.now(), Seeds.now()));
    }
    seeds.store(products);
    discarded = seeds.discard(products.getFirst()).id();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static Stream<String> everyClassificationBothWays() {
    return Stream.of(Kind.values()).flatMap(kind -> Stream.of(kind.key(), "-" + kind.key()));
  }

  @ParameterizedTest
  @MethodSource("everyClassificationBothWays")
  void walksTheWholeCatalogOnceInOrderAsTheGeneralStatementDoes(String sort) {
    long total = seeds.get("/v1/products?limit=1&include_total=true", 200).path("page").path("total").asLong();
    List<JsonNode> walked = seeds.walk("sort=" + sort + "&limit=6");
    List<UUID> ids = Seeds.ids(walked);
    assertEquals(total, ids.size(), "every live product");
    assertEquals(ids.size(), new HashSet<>(ids).size(), "none twice");
    assertFalse(ids.contains(discarded), "no discarded product");
    assertEquals(ExpectedOrder.of(walked, sort), ids, "in order");
    // is_food is required, so asking for both values keeps every product but takes the general statement.
    assertEquals(ids, Seeds.ids(seeds.walk("sort=" + sort + "&limit=6&is_food=true&is_food=false")),
        "the same as the general statement");
  }
}
