package catalog.infra.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import catalog.domain.classification.Kind;
import catalog.domain.product.Product;
import catalog.domain.search.SearchHit;
import catalog.domain.search.SearchQuery;
import catalog.domain.work.UnitOfWork;
import java.sql.Connection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Search asks for the names holding every word of the query first and answers from them alone when there
 * are enough. That shortcut must never change an answer: for queries with many, few and no such names,
 * with their words in the names' order and not, misspelt ones, ones that match names by their first word,
 * at every limit, the hits (their order and similarity too) are the full ranking's.
 */
class ProductSearchIT {
  private static final List<String> FOODS = List.of("Mango, ripe", "Mango pulp", "Green chilli", "Chillies, green",
      "Groundnut", "Ground nut oil", "Rice flakes", "Rice, raw", "Sweet potato", "Potato, sweet",
      "Amaranth seed, black", "Mustard seeds");
  private static final List<String> BRANDS = List.of("Aurora", "Zelo", "Ganga");
  private static final List<String> QUALIFIERS = List.of("Fresh", "Organic", "Roasted");
  private static final int[] LIMITS = {1, 5, 10, 20, 100};
  private final ClassificationNames names = new ClassificationNames();
  private final SearchPostings postings = new SearchPostings();

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
  void theShortcutGivesTheFullRankingsAnswer() throws Exception {
    List<String> queries = List.of(token, "mango " + token, "mango ripe " + token,
        "green chilli " + token, "chillies green " + token, "ground nut " + token, "groundnut " + token,
        "rice " + token, "zelo fresh mango", "zelo " + token, "mnago ripe " + token, "amaranht seed " + token,
        "chilli grean " + token, "sweet potato", "potato sweet", "mango", "rice", "seed", "ab", "a b");
    int decided = 0;
    int fellBack = 0;
    try (UnitOfWork uow = database.newUnitOfWork()) {
      Connection c = TestData.connectionOf(uow);
      for (String text : queries) {
        for (int limit : LIMITS) {
          SearchQuery query = SearchQuery.of(text, limit);
          assertEquals(ProductSearch.rankedOnly(c, query, names),
              ProductSearch.run(c, query, names, postings).hits(), text + ", limit " + limit);
          boolean shortcut = ProductSearch.indexesWholeWords(query.normalized())
              && ProductSearch.everyWord(c, query, postings).size() == limit;
          decided += shortcut ? 1 : 0;
          fellBack += shortcut ? 0 : 1;
        }
      }
    }
    // Both ways were taken, often: the comparison above covered each.
    assertTrue(decided >= 30, "the names holding every word decided " + decided);
    assertTrue(fellBack >= 30, "the full ranking ran " + fellBack);
  }

  @Test
  void theWholeWordMatchesAreThoseOfTheFullRanking() throws Exception {
    try (UnitOfWork uow = database.newUnitOfWork()) {
      Connection c = TestData.connectionOf(uow);
      SearchQuery query = SearchQuery.of("Mango, ripe " + token, 100);
      List<ProductSearch.Hit> whole = ProductSearch.everyWord(c, query, postings);
      // One product without a brand and nine with one; the discarded one is not among them.
      assertEquals(10, whole.size());
      assertTrue(whole.stream().allMatch(h -> h.row().fields().name().contains("Mango, ripe " + token)));
      assertEquals("Mango, ripe " + token, whole.getFirst().row().fields().name(), "the name that starts with it first");
      assertEquals(1.0,
          ProductSearch.rankedOnly(c, SearchQuery.of("Mango, ripe " + token, 1), names).getFirst().similarity(), 1e-6);
    }
  }

  @Test
  void namesHoldingEveryWordInAnyOrderRankFirstThePhraseAheadOfThem() throws Exception {
    try (UnitOfWork uow = database.newUnitOfWork()) {
      Connection c = TestData.connectionOf(uow);
      List<String> hits = ProductSearch.run(c, SearchQuery.of("potato sweet " + token, 100), names, postings).hits().stream()
          .map(h -> h.product().fields().name()).toList();
      // 10 names say "Potato, sweet", 10 "Sweet potato".
      assertTrue(hits.size() >= 20, hits::toString);
      assertTrue(hits.subList(0, 10).stream().allMatch(n -> n.contains("Potato, sweet " + token)), hits::toString);
      assertTrue(hits.subList(10, 20).stream().allMatch(n -> n.contains("Sweet potato " + token)), hits::toString);
      assertEquals("Sweet potato " + token, hits.get(10), "the shortest name first: the highest similarity");
    }
  }

  /**
   * A name holding every word is found even where its words stand too far apart for pg_trgm's word
   * similarity: it is a candidate of its own right.
   */
  /**
   * The phrase ranks above the first word: a name holding the query as a phrase comes before one that only
   * begins with the query's first word, as in the full ranking, whichever postings the tiers read. (The
   * generated catalog never tells the two orders apart: its names begin with a brand.)
   */
  @Test
  void thePhraseRanksAboveTheFirstWord() throws Exception {
    String own = letters(10);
    UUID source = TestData.classification(database, Kind.SOURCE, TestData.unique("tiers")).id();
    for (String name : List.of("Green fresh chillies " + own, "Fresh green chillies " + own, "Chillies green " + own,
        "Green chillies " + own, "Dried chillies, green " + own)) {
      TestData.product(database, TestData.fields(name, null, source));
    }
    try (UnitOfWork uow = database.newUnitOfWork()) {
      Connection c = TestData.connectionOf(uow);
      SearchQuery query = SearchQuery.of("green chillies " + own, 5);
      List<String> hits = ProductSearch.run(c, query, names, postings).hits().stream()
          .map(h -> h.product().fields().name()).toList();
      assertEquals(List.of("Green chillies " + own, "Fresh green chillies " + own, "Green fresh chillies " + own,
          "Chillies green " + own, "Dried chillies, green " + own), hits);
      for (int limit = 1; limit <= 5; limit++) {
        for (SearchPostings.Choice choice : List.of(new SearchPostings.Choice(own, "green", true),
            new SearchPostings.Choice(own, "green", false), new SearchPostings.Choice("chillies", "green", true))) {
          SearchQuery limited = SearchQuery.of("green chillies " + own, limit);
          List<ProductSearch.Hit> tiered = ProductSearch.hits(c, ProductSearch.everyWordStatement(limited, choice));
          assertEquals(ProductSearch.rankedOnly(c, limited, names).stream().map(h -> h.product().id()).toList(),
              tiered.stream().map(h -> h.row().id()).toList(), choice + ", limit " + limit);
        }
      }
    }
  }

  @Test
  void aNameHoldingEveryWordFarApartIsFound() throws Exception {
    // Two words of the same length from letters apart (g to k, l to p), so that they share no trigram:
    // either alone holds half the query's trigrams, under the threshold. The words between them are of
    // letters neither uses, nor the seed's token.
    String first = letters(6).chars().mapToObj(ch -> String.valueOf((char) ('g' + (ch - 'g') % 5)))
        .collect(Collectors.joining());
    String second = letters(6).chars().mapToObj(ch -> String.valueOf((char) ('l' + (ch - 'g') % 5)))
        .collect(Collectors.joining());
    String far = "Zz " + first + " wwwwwwwwwwww xxxxxxxxxxxx yyyyyyyyyyyy " + second;
    UUID source = TestData.classification(database, Kind.SOURCE, TestData.unique("far")).id();
    Product product = TestData.product(database, TestData.fields(far, null, source));
    UUID id = product.id();
    try (UnitOfWork uow = database.newUnitOfWork()) {
      Connection c = TestData.connectionOf(uow);
      String query = first + " " + second;
      assertEquals("false", TestData.query(c, "SELECT ('" + query + "' <% name_search)::text FROM product WHERE id = '"
          + id + "'"), "not a word-similarity candidate");
      for (int limit : LIMITS) {
        List<SearchHit> ranked = ProductSearch.rankedOnly(c, SearchQuery.of(query, limit), names);
        assertTrue(ranked.stream().anyMatch(h -> h.product().id().equals(id)), "limit " + limit + ": " + ranked);
        assertEquals(ranked, ProductSearch.run(c, SearchQuery.of(query, limit), names, postings).hits(), "limit " + limit);
      }
    } finally {
      TestData.discarded(database, product);
    }
  }

  @Test
  void aHitsSimilarityDoesNotChangeOnceTheStatementIsPreparedOnTheServer() throws Exception {
    try (UnitOfWork uow = database.newUnitOfWork()) {
      Connection c = TestData.connectionOf(uow);
      SearchQuery query = SearchQuery.of("green chilli " + token, 5);
      List<Double> first = similarities(ProductSearch.run(c, query, names, postings).hits());
      assertTrue(first.stream().anyMatch(s -> s < 1), first::toString);
      // pgjdbc prepares a statement on the server at its fifth run, and reads results in binary from then on.
      for (int run = 2; run <= 8; run++) {
        assertEquals(first, similarities(ProductSearch.run(c, query, names, postings).hits()), "run " + run);
      }
      assertEquals(Double.toString(first.getLast()).length(), Float.toString(first.getLast().floatValue()).length(),
          "the shortest decimal form of the real: " + first);
    }
  }

  /**
   * The names holding every word take their similarity from the trigram counts (V9's name_trigrams), not
   * from similarity(): it must be pg_trgm's own to the last bit, for names in other scripts (whose trigrams
   * pg_trgm hashes), with digits, repeated words and one-letter words too, the query's words in the
   * name's order or not.
   */
  @Test
  void aWholeWordMatchsSimilarityIsPgTrgmsOwn() throws Exception {
    // A word of its own, in letters the seed's token never uses (g to p), so that these products share no
    // trigram with it and leave the other tests' candidates as they were.
    String word = letters(32);
    UUID source = TestData.classification(database, Kind.SOURCE, TestData.unique("scripts")).id();
    List<String> names = List.of("Чай чёрный " + word, "Чай " + word + " зелёный, 2 л", "Κρασί " + word,
        "दाल " + word + " मसूर", "Rice rice " + word + " rice", "A b " + word + " c 10 100",
        "Ground nut " + word + " ground nut oil");
    for (String name : names) {
      TestData.product(database, TestData.fields(name, null, source));
    }
    int compared = 0;
    try (UnitOfWork uow = database.newUnitOfWork()) {
      Connection c = TestData.connectionOf(uow);
      for (String text : List.of(word, "Чай " + word, "Κρασί " + word, word + " मसूर", "rice " + word,
          word + " c 10", "nut " + word + " ground", "зелёный л чай " + word, "oil " + word + " ground",
          "100 a " + word)) {
        SearchQuery query = SearchQuery.of(text, 100);
        for (ProductSearch.Hit hit : ProductSearch.everyWord(c, query, postings)) {
          try (var ps = c.prepareStatement("SELECT similarity(?, name_search) FROM product WHERE id = ?")) {
            ps.setString(1, query.normalized());
            ps.setObject(2, hit.row().id());
            try (var rs = ps.executeQuery()) {
              rs.next();
              assertEquals(Double.parseDouble(Float.toString(rs.getFloat(1))), hit.similarity(),
                  text + " in " + hit.row().fields().name());
              compared++;
            }
          }
        }
      }
    }
    assertTrue(compared >= 15, "compared " + compared);
  }

  /** {@code n} random letters from g to p, which the seed's token never uses. */
  private static String letters(int n) {
    return UUID.randomUUID().toString().replace("-", "").chars().limit(n)
        .mapToObj(ch -> String.valueOf((char) ('g' + Character.digit(ch, 16) % 10)))
        .collect(Collectors.joining());
  }

  private static List<Double> similarities(List<SearchHit> hits) {
    return hits.stream().map(SearchHit::similarity).toList();
  }

  @Test
  void onlyAQueryWithAWordOfThreeLettersNarrowsTheIndexByLike() {
    assertTrue(ProductSearch.indexesWholeWords("rice"));
    assertTrue(ProductSearch.indexesWholeWords("a b dal"));
    assertFalse(ProductSearch.indexesWholeWords("a b"));
    assertFalse(ProductSearch.indexesWholeWords("ab"));
  }
}
