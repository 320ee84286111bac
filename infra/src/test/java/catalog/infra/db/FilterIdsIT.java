package catalog.infra.db;

import static catalog.infra.db.Queries.filter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import catalog.domain.classification.Kind;
import catalog.domain.listing.Field;
import catalog.domain.listing.Filter;
import catalog.domain.listing.ProductQuery;
import catalog.domain.listing.SortKey;
import catalog.domain.work.UnitOfWork;
import catalog.infra.config.DatabaseSettings;
import catalog.infra.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A list filtered by a classification that PostgreSQL's statistics do not count as common reads the
 * classification's ids first and is planned with them; one that they do keeps the statement with the
 * names. Both statements return the same pages. On a database of its own, whose statistics this test
 * makes: "Big" has 300 products, "Small" 3 (1 %), and a discarded brand also named "small" one.
 */
class FilterIdsIT {
  private static final String SOURCE = "00000000-0000-0000-0000-00000000000a";
  private static final String BIG = "00000000-0000-0000-0000-0000000000b1";
  private static final String SMALL = "00000000-0000-0000-0000-0000000000b2";
  private static final String SMALL_DISCARDED = "00000000-0000-0000-0000-0000000000b3";
  private static final String GROWING = "00000000-0000-0000-0000-0000000000b4";

  private static DatabaseSettings settings;
  private static Database database;

  @BeforeAll
  static void seed() throws SQLException {
    settings = TestDatabase.get().settings(TestDatabase.get().ownEnv("filterids"));
    Migrations.migrate(settings);
    try (Connection c = connect(); Statement s = c.createStatement()) {
      s.execute("INSERT INTO source (id, name, created_at, updated_at) VALUES ('" + SOURCE + "', 'src', now(), now())");
      s.execute("INSERT INTO brand (id, name, discarded, created_at, updated_at) VALUES"
          + " ('" + BIG + "', 'Big', false, now(), now()), ('" + SMALL + "', 'Small', false, now(), now()),"
          + " ('" + SMALL_DISCARDED + "', 'SMALL', true, now(), now()), ('" + GROWING + "', 'Growing', false, now(), now())");
      products(s, 300, BIG, "big");
      products(s, 3, SMALL, "small");
      products(s, 1, SMALL_DISCARDED, "gone");
      products(s, 2, GROWING, "growing");
      s.execute("ANALYZE product");
    }
    database = Database.open(settings, Databases.pool(Map.of("DB_POOL_SIZE", "2")), UnitOfWorkObserver.NONE);
  }

  /** {@code count} live products of {@code brand}, with calories and times that differ from name order. */
  private static void products(Statement s, int count, String brand, String word) throws SQLException {
    s.execute("INSERT INTO product (id, name, name_folded, name_search, source_id, brand_id, nf_calories,"
        + " created_at, updated_at)"
        + " SELECT gen_random_uuid(), 'Food " + word + " ' || i, 'food " + word + " ' || i, 'food " + word + " ' || i,"
        + " '" + SOURCE + "', '" + brand + "', (i * 37) % 101,"
        + " now() - i * interval '1 minute', now() - ((i * 13) % 17) * interval '1 hour'"
        + " FROM generate_series(1, " + count + ") i");
  }

  @AfterAll
  static void close() {
    database.close();
  }

  private static Connection connect() throws SQLException {
    return TestDatabase.connect(settings);
  }

  @Test
  void aClassificationIsCommonFromTwoPercentOfTheProducts() throws SQLException {
    CommonClassifications common = new CommonClassifications();
    try (Connection c = connect()) {
      assertTrue(common.allCommon(c, Kind.BRAND, List.of("big")));
      assertTrue(common.allCommon(c, Kind.SOURCE, List.of("src")));
      assertFalse(common.allCommon(c, Kind.BRAND, List.of("small")));
      assertFalse(common.allCommon(c, Kind.BRAND, List.of("big", "small")));
      assertFalse(common.allCommon(c, Kind.BRAND, List.of("nosuch")));
      assertFalse(common.allCommon(c, Kind.CATEGORY, List.of("big")));
    }
  }

  @Test
  void onlyAFilterOnAnUncommonClassificationReadsItsIds() throws SQLException {
    CommonClassifications common = new CommonClassifications();
    Filter small = filter(Field.BRAND, "sMALL");
    Filter big = filter(Field.BRAND, "Big");
    Filter notSmall = Filter.parse("brand_ne", List.of("Small"));
    try (Connection c = connect()) {
      assertSame(FilterIds.NONE, FilterIds.read(c, List.of(big, notSmall), common));
      FilterIds ids = FilterIds.read(c, List.of(big, small), common);
      assertEquals(Set.of(UUID.fromString(SMALL), UUID.fromString(SMALL_DISCARDED)), new HashSet<>(ids.of(small)));
      assertNull(ids.of(big));
      Filter nosuch = filter(Field.BRAND, "nosuch");
      assertEquals(List.of(), FilterIds.read(c, List.of(nosuch), common).of(nosuch));
    }
  }

  /** The statement with the ids and the one with the names choose the same pages, under every kind of sort. */
  @Test
  void bothStatementsGiveTheSamePages() throws SQLException {
    List<List<Filter>> filterSets = List.of(
        List.of(filter(Field.BRAND, "Small")),
        List.of(filter(Field.BRAND, "small", "Big")),
        List.of(filter(Field.BRAND, "Small"), Filter.parse("calories_lte", List.of("60"))),
        List.of(filter(Field.BRAND, "nosuch")),
        List.of(filter(Field.BRAND, "Small"), filter(Field.SOURCE, "SRC")));
    try (Connection c = connect()) {
      for (List<Filter> filters : filterSets) {
        for (String sort : List.of("name", "-updated_at", "created_at", "calories", "-brand,name")) {
          for (boolean discarded : List.of(false, true)) {
            List<Filter> all = new ArrayList<>(filters);
            if (discarded) {
              all.add(Filter.parse("discarded", List.of("true", "false")));
            }
            ProductQuery query = new ProductQuery(all, sortKeys(sort), 7, null, false);
            FilterIds ids = FilterIds.readAll(c, query.filters());
            assertFalse(ids.isEmpty());
            SortTerms terms = new SortTerms(query.sort());
            List<UUID> byNames = ids(c, JdbcProductReads.page(query, terms));
            List<UUID> byIds = ids(c, JdbcProductReads.page(query, terms, ids, NameContains.Plan.PLANNED));
            assertEquals(byNames, byIds, all + " sorted by " + sort);
          }
        }
      }
    }
  }

  /** Its products and those of the discarded brand of the same name, as the statement with the names gives. */
  @Test
  void aListOfASmallBrandReadsItsProductsAndCountsThem() {
    ProductQuery query = new ProductQuery(List.of(filter(Field.BRAND, "Small")), sortKeys("-updated_at"), 50, null,
        true);
    try (UnitOfWork uow = database.newUnitOfWork()) {
      var page = uow.productReads().list(query);
      assertEquals(4, page.items().size());
      assertEquals(4L, page.total());
      page.items().forEach(p -> assertEquals("small", p.classification(Kind.BRAND).name().toLowerCase(Locale.ROOT)));
    }
  }

  /** The statistics are read again once they are a minute old, not before. */
  @Test
  void theStatisticsAreReadAgainAfterAMinute() throws SQLException {
    AtomicLong now = new AtomicLong();
    CommonClassifications common = new CommonClassifications(now::get);
    try (Connection c = connect(); Statement s = c.createStatement()) {
      assertFalse(common.allCommon(c, Kind.BRAND, List.of("growing")));
      s.execute("CREATE TABLE growing_before AS SELECT id, brand_id FROM product WHERE brand_id = '" + BIG + "'");
      try {
        s.execute("UPDATE product SET brand_id = '" + GROWING + "' WHERE brand_id = '" + BIG + "'");
        s.execute("ANALYZE product");
        now.addAndGet(TimeUnit.SECONDS.toNanos(59));
        assertFalse(common.allCommon(c, Kind.BRAND, List.of("growing")), "read again too soon");
        now.addAndGet(TimeUnit.SECONDS.toNanos(2));
        assertTrue(common.allCommon(c, Kind.BRAND, List.of("growing")));
      } finally {
        s.execute("UPDATE product p SET brand_id = g.brand_id FROM growing_before g WHERE g.id = p.id");
        s.execute("DROP TABLE growing_before");
        s.execute("ANALYZE product");
      }
    }
  }

  private static List<SortKey> sortKeys(String sort) {
    return Arrays.stream(sort.split(",")).map(SortKey::parse).toList();
  }

  private static List<UUID> ids(Connection c, Clause page) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(page.sql())) {
      page.bind(c, ps, 1);
      List<UUID> ids = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getObject("id", UUID.class));
        }
      }
      return ids;
    }
  }
}
