package catalog.infra.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import catalog.domain.classification.Kind;
import catalog.domain.importing.ImportMode;
import catalog.domain.importing.ImportReport;
import catalog.domain.importing.ImportRow;
import catalog.domain.product.Product;
import catalog.domain.search.SearchHit;
import catalog.domain.search.SearchQuery;
import catalog.domain.search.SearchResult;
import catalog.domain.work.UnitOfWork;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The catalog's words (search_word, V5) follow the names as they are written, by every path; and
 * search corrects a misspelt word to the nearest of them.
 */
class SearchWordsIT {
  private static Database database;
  private static UUID source;

  @BeforeAll
  static void open() {
    database = Databases.open();
    source = TestData.classification(database, Kind.SOURCE, TestData.unique("words")).id();
  }

  @AfterAll
  static void close() {
    database.close();
  }

  /** A new word of letters only, so that it is one word of the search form and no other test's. */
  private static String newWord() {
    return UUID.randomUUID().toString().replaceAll("[^a-f]", "").toLowerCase(Locale.ROOT) + "qz";
  }

  private static boolean known(String word) {
    try (UnitOfWork uow = database.newUnitOfWork();
        PreparedStatement ps = TestData.connectionOf(uow).prepareStatement("SELECT 1 FROM search_word WHERE word = ?")) {
      ps.setString(1, word);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void theWordsOfANameAreKnownOnceItIsAddedRenamedOrImported() {
    String added = newWord();
    String renamed = newWord();
    String imported = newWord();
    assertFalse(known(added) || known(renamed) || known(imported));

    Product product = TestData.product(database, TestData.fields("Fresh " + added, null, source));
    assertTrue(known(added), "added");
    TestData.committed(database, uow -> uow.products().update(product.withFields(
        TestData.fields("Roasted " + renamed, null, source), TestData.now())));
    assertTrue(known(renamed), "renamed");

    boolean[] sent = {false};
    ImportReport report = database.productImport(Clock.systemUTC()).run(ids -> {
      if (sent[0]) {
        return null;
      }
      sent[0] = true;
      return new ImportRow.Valid(1, TestData.fields("Dried " + imported + " 250", null, source));
    }, ImportMode.EACH_ROW);
    assertEquals(1, report.inserted(), report.toString());
    assertTrue(known(imported), "imported");
    assertFalse(known("250"), "numbers are not words to correct to");
  }

  /**
   * Under REPEATABLE READ, a writer whose snapshot predates another's committed new word cannot see it,
   * and adding it again conflicts with a row it cannot see: a serialization failure, which the trigger
   * must absorb (the word is there), or the second writer's product would be refused.
   */
  @Test
  void twoWritersOfTheSameNewWordBothCommit() throws SQLException {
    String word = newWord();
    try (UnitOfWork late = database.newUnitOfWork()) {
      Connection c = TestData.connectionOf(late);
      assertEquals("repeatable read", TestData.query(c, "SHOW transaction_isolation"));
      TestData.query(c, "SELECT count(*) FROM search_word");
      TestData.product(database, TestData.fields("Fresh " + word, null, source));
      late.products().add(Product.create(TestData.fields("Roasted " + word + " " + newWord(), null, source),
          TestData.now()));
      late.commit();
    }
    assertTrue(known(word));
  }

  /** The settings statement and the words' trigger behind PgBouncer (no server-side prepares) and under SERIALIZABLE. */
  @Test
  void correctionWorksBehindPgBouncerAndUnderSerializable() {
    String token = newWord();
    try (Database other = Databases.open(Map.of("DB_PGBOUNCER", "true", "DB_ISOLATION", "serializable"))) {
      Product sardine = TestData.product(other, TestData.fields("Sardine, canned " + token, null, source));
      try (UnitOfWork uow = other.newUnitOfWork()) {
        SearchResult result = uow.productReads().search(SearchQuery.of("sadrine canned " + token, 3));
        assertEquals("sardine canned " + token, result.corrected());
        assertEquals(sardine.id(), result.hits().getFirst().product().id());
      }
    }
  }

  @Test
  void aMisspeltWordIsSearchedAsTheNearestCatalogWord() throws SQLException {
    String token = newWord();
    Product arecanut = TestData.product(database, TestData.fields("Arecanut, dried, red color " + token, null, source));
    TestData.product(database, TestData.fields("Areca palm heart " + token, null, source));
    try (UnitOfWork uow = database.newUnitOfWork()) {
      Connection c = TestData.connectionOf(uow);
      for (String typed : List.of("areanut dried red color " + token, "arecanut dreid red color " + token,
          "arceanut dried red color " + token)) {
        SearchResult result = ProductSearch.run(c, SearchQuery.of(typed, 5), new ClassificationNames(),
            new SearchPostings());
        assertTrue(result.corrected().startsWith("arecanut "), typed + ": " + result.corrected());
        List<SearchHit> hits = result.hits();
        assertFalse(hits.isEmpty(), typed);
        assertEquals(arecanut.id(), hits.getFirst().product().id(), typed + ": " + hits);
      }
      assertEquals(SearchQuery.of("areca " + token, 5), SearchWords.corrected(c, SearchQuery.of("areca " + token, 5)),
          "a catalog word stays as typed");
      assertEquals("arecanut " + token, SearchWords.corrected(c, SearchQuery.of("areanut " + token, 5)).normalized());
      String nowhere = newWord() + "xxxxx";
      assertEquals(nowhere, SearchWords.corrected(c, SearchQuery.of(nowhere, 5)).normalized(),
          "nothing near: as typed");
    }
  }

  /** A singular asked for where the names hold the plural: "chilli" finds "Chillies, green". */
  @Test
  void aWordThatBeginsACatalogWordIsSearchedAsThatWord() throws SQLException {
    String token = newWord();
    String singular = newWord();
    Product plural = TestData.product(database, TestData.fields(singular + "es, green " + token, null, source));
    try (UnitOfWork uow = database.newUnitOfWork()) {
      Connection c = TestData.connectionOf(uow);
      SearchResult result = ProductSearch.run(c, SearchQuery.of("green " + singular + " " + token, 5),
          new ClassificationNames(), new SearchPostings());
      assertEquals("green " + singular + "es " + token, result.corrected());
      assertEquals(List.of(plural.id()), result.hits().stream().map(h -> h.product().id()).toList());
      assertEquals(1.0, result.hits().getFirst().similarity(), "every word of the corrected query, and no other");
    }
  }
}
