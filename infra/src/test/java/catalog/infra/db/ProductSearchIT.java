package catalog.infra.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import catalog.domain.classification.Kind;
import catalog.domain.search.SearchHit;
import catalog.domain.search.SearchQuery;
import catalog.domain.work.UnitOfWork;
import java.sql.Connection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Similarity search over products named from a few real food names under brands, with a token of this run. */
class ProductSearchIT {
  private static final List<String> FOODS = List.of("Mango, ripe", "Mango pulp", "Green chilli", "Chillies, green",
      "Groundnut", "Ground nut oil", "Rice flakes", "Rice, raw", "Sweet potato", "Potato, sweet",
      "Amaranth seed, black", "Mustard seeds");
  private static final List<String> BRANDS = List.of("Aurora", "Zelo", "Ganga");
  private static final List<String> QUALIFIERS = List.of("Fresh", "Organic", "Roasted");

  private static Database database;
  private static String token;

  @BeforeAll
  static void seed() {
    database = Databases.open();
    // Letters only, so that the token is one word of the search form.
    token = UUID.randomUUID().toString().replaceAll("[^a-f]", "").toLowerCase(Locale.ROOT) + "qz";
    UUID source = TestData.classification(database, Kind.SOURCE, TestData.unique("search")).id();
    for (String food : FOODS) {
      TestData.product(database, TestData.fields(food + " " + token, null, source));
      for (String brand : BRANDS) {
        for (String qualifier : QUALIFIERS) {
          TestData.product(database, TestData.fields(brand + " " + qualifier + " " + food + " " + token, null, source));
        }
      }
      TestData.discarded(database, TestData.product(database, TestData.fields("Zelo Fresh " + food + " " + token, null,
          source)));
    }
  }

  @AfterAll
  static void close() {
    database.close();
  }

  @Test
  void aHitsSimilarityDoesNotChangeOnceTheStatementIsPreparedOnTheServer() throws Exception {
    try (UnitOfWork uow = database.newUnitOfWork()) {
      Connection c = TestData.connectionOf(uow);
      SearchQuery query = SearchQuery.of("green chilli " + token, 5);
      List<Double> first = similarities(ProductSearch.run(c, query));
      assertTrue(first.stream().anyMatch(s -> s < 1), first::toString);
      // pgjdbc prepares a statement on the server at its fifth run, and reads results in binary from then on.
      for (int run = 2; run <= 8; run++) {
        assertEquals(first, similarities(ProductSearch.run(c, query)), "run " + run);
      }
      assertEquals(Double.toString(first.getLast()).length(), Float.toString(first.getLast().floatValue()).length(),
          "the shortest decimal form of the real: " + first);
    }
  }

  private static List<Double> similarities(List<SearchHit> hits) {
    return hits.stream().map(SearchHit::similarity).toList();
  }
}
