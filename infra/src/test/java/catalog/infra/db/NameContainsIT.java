package catalog.infra.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import catalog.domain.listing.Filter;
import catalog.domain.listing.Keyset;
import catalog.domain.listing.ProductQuery;
import catalog.domain.listing.SortKey;
import catalog.domain.product.ProductView;
import catalog.domain.search.TextFolding;
import catalog.domain.work.UnitOfWork;
import catalog.infra.config.DatabaseSettings;
import catalog.infra.db.NameContains.Plan;
import catalog.infra.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A {@code name_like} list in name order finds its page from the postings of the names' tokens (V16), and
 * walks the same pages as the statement PostgreSQL plans with the text. On a database of its own: 300 names
 * hold "rice", 6 "flour", some hold LIKE's own characters, accents, or differ only in case, and some hold
 * the text in two of their tokens.
 */
class NameContainsIT {
  private static final String SOURCE = "00000000-0000-0000-0000-00000000000a";

  private static DatabaseSettings settings;
  private static Database database;

  @BeforeAll
  static void seed() throws SQLException {
    settings = TestDatabase.get().settings(TestDatabase.get().ownEnv("namecontains"));
    Migrations.migrate(settings);
    try (Connection c = connect(); Statement s = c.createStatement()) {
      s.execute("INSERT INTO source (id, name, created_at, updated_at) VALUES ('" + SOURCE + "', 'src', now(), now())");
      products(s, "'Rice flakes ' || (i % 40)", 300, false);
      products(s, "'Wheat flour, atta ' || i", 6, false);
      products(s, "'Old flour ' || i", 2, true);
      products(s, "'Paneer ' || i", 90, false);
      for (String name : List.of("RICE FLAKES 7", "Rice Flakes 7", "Crème brûlée", "Creme brulee", "Sale 50% off",
          "Sale 50 off", "a_b pack", "axb pack", "back\\slash", "backslash", "Rice ricebran rice", "Puffed rice-2",
          "Pomar rice", "Pomar pomarrosa")) {
        s.execute("INSERT INTO product (id, name, name_folded, name_search, source_id, created_at, updated_at)"
            + " VALUES (gen_random_uuid(), " + literal(name) + ", " + literal(TextFolding.fold(name))
            + ", 'x', '" + SOURCE + "', now(), now())");
      }
      s.execute("ANALYZE product");
    }
    database = Database.open(settings, Databases.pool(Map.of("DB_POOL_SIZE", "2")), UnitOfWorkObserver.NONE);
  }

  private static void products(Statement s, String name, int count, boolean discarded) throws SQLException {
    s.execute("INSERT INTO product (id, name, name_folded, name_search, source_id, discarded, created_at, updated_at)"
        + " SELECT gen_random_uuid(), " + name + ", lower(" + name + "), lower(" + name + "), '" + SOURCE + "', "
        + discarded + ", now(), now() FROM generate_series(1, " + count + ") i");
  }

  private static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  @AfterAll
  static void close() {
    database.close();
  }

  private static Connection connect() throws SQLException {
    return TestDatabase.connect(settings);
  }

  /** Both plans walk the same pages, page by page through the keyset, in both directions. */
  @Test
  void bothPlansWalkTheSamePages() throws SQLException {
    try (Connection c = connect()) {
      for (String text : List.of("rice", "RICE flakes 7", "flakes 1", "akes 7", "flour", "ric", "crème", "CREME",
          "50% off", "a_b pack", "back\\slash", "ricebran", "rice-", "pomar", "nosuch")) {
        for (String sort : List.of("name", "-name")) {
          for (int limit : List.of(1, 7, 50)) {
            ProductQuery query = query(text, sort, limit);
            assertEquals(walk(c, query, Plan.PLANNED), walk(c, query, Plan.TOKENS),
                text + " by " + sort + ", " + limit + " a page");
          }
        }
      }
      assertEquals(305, walk(c, query("rice", "name", 50), Plan.TOKENS).size(), "300, two in capitals, three more");
      assertEquals(6, walk(c, query("flour", "-name", 7), Plan.TOKENS).size(), "the discarded ones are left out");
      assertEquals(2, walk(c, query("creme", "name", 7), Plan.TOKENS).size());
      assertEquals(1, walk(c, query("50% off", "name", 7), Plan.TOKENS).size(), "% is matched as itself");
      assertEquals(1, walk(c, query("a_b pack", "name", 7), Plan.TOKENS).size(), "_ is matched as itself");
      assertEquals(1, walk(c, query("back\\slash", "name", 7), Plan.TOKENS).size(), "\\ is matched as itself");
      assertEquals(1, walk(c, query("ricebran", "name", 1), Plan.TOKENS).size(), "once, though two tokens hold it");
      assertEquals(0, walk(c, query("nosuch", "name", 7), Plan.TOKENS).size());
    }
  }

  /** The postings serve the list of live products by name_like alone, in name order, with a trigram. */
  @Test
  void thePostingsServeTheSearchBoxsList() {
    assertEquals(Plan.TOKENS, NameContains.plan(query("Rice", "name", 50), true));
    assertEquals(Plan.TOKENS, NameContains.plan(query("rice", "-name", 50), true));
    assertEquals(Plan.TOKENS, NameContains.plan(query("nosuch", "name", 50), true));
    assertEquals(Plan.TOKENS, NameContains.plan(query("50% off", "name", 50), true));
    assertEquals(Plan.PLANNED, NameContains.plan(query("rice", "name", 50), false), "without pg_trgm");
    assertEquals(Plan.PLANNED, NameContains.plan(query("ri", "name", 50), true), "no trigram");
    assertEquals(Plan.PLANNED, NameContains.plan(query("50%", "name", 50), true), "no trigram");
    assertEquals(Plan.PLANNED, NameContains.plan(query("ab cd", "name", 50), true), "no word with a trigram");
    assertEquals(Plan.PLANNED, NameContains.plan(query("rice", "created_at", 50), true));
    assertEquals(Plan.PLANNED, NameContains.plan(query("rice", "name,created_at", 50), true));
    ProductQuery withDiscarded = new ProductQuery(List.of(Filter.parse("name_like", List.of("rice")),
        Filter.parse("discarded", List.of("true"))), sortKeys("name"), 50, null, false);
    assertEquals(Plan.PLANNED, NameContains.plan(withDiscarded, true));
    ProductQuery twoFilters = new ProductQuery(List.of(Filter.parse("name_like", List.of("rice")),
        Filter.parse("calories_lte", List.of("100"))), sortKeys("name"), 50, null, false);
    assertEquals(Plan.PLANNED, NameContains.plan(twoFilters, true));
  }

  /** The postings are read by the text's longest word with a trigram, the first of the longest. */
  @Test
  void theLongestWordDrives() {
    assertEquals("flakes", NameContains.word("a rice flakes 7"));
    assertEquals("rice", NameContains.word("rice dal"));
    assertEquals("off", NameContains.word("50% off"));
    assertEquals("brulee", NameContains.word("creme brulee"));
    assertEquals("abc", NameContains.word("a-b-c-d-e abc"), "a longer word without a trigram does not drive");
  }

  /** Through the unit of work, as the service lists: the rows, in order, with their next cursor. */
  @Test
  void theServiceListsThemInNameOrder() {
    try (UnitOfWork uow = database.newUnitOfWork()) {
      var page = uow.productReads().list(query("FLOUR", "name", 4));
      assertEquals(List.of("Wheat flour, atta 1", "Wheat flour, atta 2", "Wheat flour, atta 3", "Wheat flour, atta 4"),
          page.items().stream().map(p -> p.fields().name()).toList());
      assertNotNull(page.next());
      var rest = uow.productReads().list(query("FLOUR", "name", 4).withAfter(page.next()));
      assertEquals(List.of("Wheat flour, atta 5", "Wheat flour, atta 6"), rest.items().stream().map(p -> p.fields().name()).toList());
      assertNull(rest.next());
      var rice = uow.productReads().list(query("rice flakes 1", "-name", 3));
      assertEquals(List.of("Rice flakes 19", "Rice flakes 19", "Rice flakes 19"),
          rice.items().stream().map(p -> p.fields().name()).toList());
      assertFalse(rice.items().getFirst().id().equals(rice.items().get(1).id()));
    }
  }

  private static ProductQuery query(String text, String sort, int limit) {
    return new ProductQuery(List.of(Filter.parse("name_like", List.of(text))), sortKeys(sort), limit, null, false);
  }

  private static List<SortKey> sortKeys(String sort) {
    return Queries.sort(sort);
  }

  /** Every page of {@code query} under {@code plan}, each after the last row of the one before. */
  private static List<UUID> walk(Connection c, ProductQuery query, Plan plan) throws SQLException {
    List<UUID> all = new ArrayList<>();
    ProductQuery page = query;
    while (true) {
      Clause statement = JdbcProductReads.page(page, new SortTerms(page.sort()), FilterIds.NONE, plan);
      List<UUID> ids = new ArrayList<>();
      String lastName = null;
      try (PreparedStatement ps = c.prepareStatement(statement.sql())) {
        statement.bind(c, ps, 1);
        int rows = 0;
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            if (++rows <= query.limit()) {
              ids.add(rs.getObject("id", UUID.class));
              lastName = rs.getString("sk1");
            }
          }
        }
        all.addAll(ids);
        if (rows <= query.limit()) {
          return all;
        }
      }
      page = query.withAfter(new Keyset(List.of(lastName), ids.getLast()));
    }
  }
}
