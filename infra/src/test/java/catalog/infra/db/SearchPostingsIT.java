package catalog.infra.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import catalog.domain.classification.Kind;
import catalog.domain.importing.ImportMode;
import catalog.domain.importing.ImportReport;
import catalog.domain.importing.ImportRow;
import catalog.domain.product.Product;
import catalog.domain.search.SearchQuery;
import catalog.domain.work.UnitOfWork;
import catalog.infra.config.DatabaseSettings;
import catalog.infra.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Search's postings (V15) and name_like's (V16) are what a rebuild from {@code product} gives after every
 * kind of write: the service's inserts, renames, discards and restores, an import's batches, name forms
 * rewritten at start, deletes and TRUNCATE; and every token of name_like's is in the vocabulary the lists
 * find tokens in. And search reads its postings as it is meant to: by index-only scans of one word's
 * postings, without parallel workers. On a database of this test's own.
 */
class SearchPostingsIT {
  /** The postings a rebuild from product gives, less those there are, and the other way round. */
  private static final String DIFFERENCE = """
      SELECT count(*) FROM (
        (SELECT w.word, p.name_trigrams, p.name, p.id, p.name_search
         FROM product p CROSS JOIN LATERAL product_word_postings(p.name_search) AS w(word) WHERE NOT p.discarded
         EXCEPT ALL SELECT word, name_trigrams, name, id, name_search FROM product_word)
        UNION ALL
        (SELECT word, name_trigrams, name, id, name_search FROM product_word
         EXCEPT ALL SELECT w.word, p.name_trigrams, p.name, p.id, p.name_search
         FROM product p CROSS JOIN LATERAL product_word_postings(p.name_search) AS w(word) WHERE NOT p.discarded)
      ) d""";
  /** name_like's postings (V16) a rebuild from product gives, less those there are, and the other way round. */
  static final String TOKEN_DIFFERENCE = """
      SELECT count(*) FROM (
        (SELECT t.token, p.name_folded, p.name, p.id
         FROM product p CROSS JOIN LATERAL name_tokens(p.name_folded) AS t(token) WHERE NOT p.discarded
         EXCEPT ALL SELECT token, name_folded, name, id FROM product_name_token)
        UNION ALL
        (SELECT token, name_folded, name, id FROM product_name_token
         EXCEPT ALL SELECT t.token, p.name_folded, p.name, p.id
         FROM product p CROSS JOIN LATERAL name_tokens(p.name_folded) AS t(token) WHERE NOT p.discarded)
      ) d""";
  /** Tokens of name_like's postings that the vocabulary lacks. */
  static final String UNKNOWN_TOKENS = """
      SELECT count(*) FROM (SELECT token FROM product_name_token EXCEPT SELECT token FROM name_token) u""";

  private static DatabaseSettings settings;
  private static Database database;
  private static UUID source;

  @BeforeAll
  static void open() {
    settings = TestDatabase.get().settings(TestDatabase.get().ownEnv("postings"));
    Migrations.migrate(settings);
    database = Database.open(settings, Databases.pool(Map.of("DB_POOL_SIZE", "2")), UnitOfWorkObserver.NONE);
    source = TestData.classification(database, Kind.SOURCE, TestData.unique("postings")).id();
  }

  @AfterAll
  static void close() {
    database.close();
  }

  @Test
  void thePostingsFollowEveryWrite() throws SQLException {
    Product rice = TestData.product(database, TestData.fields("Rice, raw, rice  bran", null, source));
    Product dal = TestData.product(database, TestData.fields("Ab DAL masoor", null, source));
    TestData.product(database, TestData.fields("!!!", null, source));
    assertPostings("inserts");
    assertEquals(List.of(" rice", "bran", "raw", "rice"), postings(rice.id()),
        "each word of three letters once, and the first word marked");
    assertEquals(List.of(" ab", "dal", "masoor"), postings(dal.id()), "a short first word is marked all the same");
    assertEquals(List.of("bran", "raw,", "rice", "rice,"), tokens(rice.id()),
        "the folded name's runs without a space, each once, of three characters or more");
    assertEquals(List.of("dal", "masoor"), tokens(dal.id()));

    Product[] renamed = new Product[1];
    TestData.committed(database, uow -> renamed[0] =
        uow.products().update(rice.withFields(TestData.fields("Rice flakes", null, source), TestData.now())));
    assertEquals(List.of(" rice", "flakes", "rice"), postings(rice.id()));
    assertEquals(List.of("flakes", "rice"), tokens(rice.id()));
    Product discarded = TestData.discarded(database, renamed[0]);
    assertEquals(List.of(), postings(rice.id()), "a discarded product has none");
    assertEquals(List.of(), tokens(rice.id()), "a discarded product has none");
    TestData.committed(database, uow -> uow.products().update(
        new Product(discarded.id(), TestData.fields("Rice puffed", null, source), discarded.version(), false,
            discarded.createdAt(), TestData.now())));
    assertEquals(List.of(" rice", "puffed", "rice"), postings(rice.id()), "restored under a new name");
    assertEquals(List.of("puffed", "rice"), tokens(rice.id()), "restored under a new name");
    String written = postingsWrittenBy(dal.id());
    TestData.committed(database, uow -> uow.products().update(dal.withFields(
        TestData.fields("Ab DAL masoor", "4006381333931", source), TestData.now())));
    assertEquals(written, postingsWrittenBy(dal.id()), "a write that keeps the name leaves its postings alone");
    assertPostings("renames, discards, a restore and a write that keeps the name");

    List<String> names = new ArrayList<>();
    for (int i = 0; i < 2_500; i++) {
      names.add("Imported " + (i % 7 == 0 ? "green chillies " : "mango ripe ") + "lot " + i);
    }
    int[] next = {0};
    ImportReport report = database.productImport(Clock.systemUTC()).run(ids -> next[0] < names.size()
        ? new ImportRow.Valid(next[0] + 1, TestData.fields(names.get(next[0]++), null, source)) : null,
        ImportMode.EACH_ROW);
    assertEquals(2_500, report.inserted(), report.toString());
    assertPostings("an import of three batches");

    try (Connection c = admin(); Statement s = c.createStatement()) {
      s.execute("UPDATE product SET name_search = 'stale ' || name_search, name_folded = 'stale ' || name_folded"
          + " WHERE name LIKE 'Imported mango%'");
      s.execute("UPDATE name_forms SET fingerprint = 'written by an earlier version'");
    }
    Migrations.migrate(settings);
    try (Connection c = admin()) {
      assertEquals("0", TestData.query(c, "SELECT count(*) FROM product_word WHERE word IN ('stale', ' stale')"),
          "the forms rewritten at start took their postings along");
      assertEquals("0", TestData.query(c, "SELECT count(*) FROM product_name_token WHERE token = 'stale'"),
          "the forms rewritten at start took name_like's postings along");
    }
    assertPostings("name forms rewritten at start");

    try (Connection c = admin(); Statement s = c.createStatement()) {
      s.execute("DELETE FROM product WHERE name LIKE 'Imported green%'");
      assertPostings("a delete");
      s.execute("TRUNCATE product");
      assertEquals("0", TestData.query(c, "SELECT count(*) FROM product_word"), "TRUNCATE");
      assertEquals("0", TestData.query(c, "SELECT count(*) FROM product_name_token"), "TRUNCATE");
      assertEquals("0", TestData.query(c, "SELECT count(*) FROM name_token"), "TRUNCATE");
    }
  }

  /**
   * Each tier is an index-only scan of the postings' rank index, and no parallel workers: the tiers are
   * read in order, and the first full one ends the statement.
   */
  @Test
  void searchReadsThePostingsByIndexOnlyScansInOrder() throws SQLException {
    for (int i = 0; i < 30; i++) {
      TestData.product(database, TestData.fields("Plan mango ripe " + i, null, source));
    }
    try (Connection c = admin(); Statement s = c.createStatement()) {
      s.execute("VACUUM ANALYZE product_word");
    }
    try (UnitOfWork uow = database.newUnitOfWork()) {
      Connection c = TestData.connectionOf(uow);
      SearchQuery query = SearchQuery.of("mango ripe", 20);
      ProductSearch.run(c, query, new ClassificationNames(), new SearchPostings());
      Clause statement = ProductSearch.everyWordStatement(query, new SearchPostings().choose(c, query.normalized()));
      List<String> plan = new ArrayList<>();
      try (var ps = c.prepareStatement("EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) " + statement.sql())) {
        statement.bind(c, ps, 1);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            plan.add(rs.getString(1));
          }
        }
      }
      String text = String.join("\n", plan);
      assertEquals(4, plan.stream().filter(l -> l.contains("Index Only Scan using product_word_rank_idx")).count(), text);
      assertFalse(text.contains("Gather"), text);
      assertTrue(text.contains("(never executed)"), "the first tiers filled the page:\n" + text);
    }
  }

  /**
   * The driving word is the rarer one by the postings' statistics: without them, the longer one would
   * drive. And the names beginning with the first word are read from its first-word postings unless the
   * driving word has fewer.
   */
  @Test
  void theStatisticsChooseTheRarerWordToDrive() throws SQLException {
    String plentiful = "plentiful" + letters();
    String scarce = "scarce" + letters();
    for (int i = 0; i < 200; i++) {
      TestData.product(database, TestData.fields((i < 2 ? scarce + " " : "Fresh ") + plentiful + " " + i, null, source));
    }
    try (Connection c = admin(); Statement s = c.createStatement()) {
      s.execute("ANALYZE product_word");
    }
    try (UnitOfWork uow = database.newUnitOfWork()) {
      Connection c = TestData.connectionOf(uow);
      SearchPostings postings = new SearchPostings();
      assertEquals(new SearchPostings.Choice(scarce, plentiful, true),
          postings.choose(c, plentiful + " " + scarce), "no name begins with plentiful: its first-word postings are few");
      assertEquals(new SearchPostings.Choice(scarce, "fresh", false), postings.choose(c, "fresh " + plentiful + " " + scarce),
          "198 names begin with fresh, 2 hold scarce");
    }
  }

  /** Eight random letters from a to p, so that each run's words are its own. */
  private static String letters() {
    return UUID.randomUUID().toString().replace("-", "").chars().limit(8)
        .mapToObj(ch -> String.valueOf((char) ('a' + Character.digit(ch, 16))))
        .collect(Collectors.joining());
  }

  private static void assertPostings(String after) throws SQLException {
    try (Connection c = admin()) {
      assertEquals("0", TestData.query(c, DIFFERENCE), "after " + after);
      assertEquals("0", TestData.query(c, TOKEN_DIFFERENCE), "name_like's, after " + after);
      assertEquals("0", TestData.query(c, UNKNOWN_TOKENS), "every token in the vocabulary, after " + after);
    }
  }

  /** name_like's postings of a product: its tokens, in byte order. */
  private static List<String> tokens(UUID id) throws SQLException {
    List<String> tokens = new ArrayList<>();
    try (Connection c = admin();
        var ps = c.prepareStatement("SELECT token FROM product_name_token WHERE id = ? ORDER BY token COLLATE \"C\"")) {
      ps.setObject(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          tokens.add(rs.getString(1));
        }
      }
    }
    return tokens;
  }

  private static List<String> postings(UUID id) throws SQLException {
    List<String> words = new ArrayList<>();
    try (Connection c = admin(); var ps = c.prepareStatement("SELECT word FROM product_word WHERE id = ? ORDER BY word")) {
      ps.setObject(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          words.add(rs.getString(1));
        }
      }
    }
    return words;
  }

  /** The transactions that wrote the product's postings. */
  private static String postingsWrittenBy(UUID id) throws SQLException {
    try (Connection c = admin()) {
      return TestData.query(c, "SELECT string_agg(xmin::text, ',' ORDER BY word) FROM product_word WHERE id = '" + id + "'");
    }
  }

  private static Connection admin() throws SQLException {
    Connection c = TestDatabase.connect(settings);
    c.setAutoCommit(true);
    return c;
  }
}
