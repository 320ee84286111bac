package catalog.infra.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import catalog.domain.classification.Kind;
import catalog.domain.product.Nutrient;
import catalog.infra.config.ConfigError;
import catalog.infra.config.DatabaseSettings;
import catalog.infra.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Migrations build the whole schema on an empty database, once; running them again changes nothing. */
class MigrationsIT {
  private static final List<String> TABLES = List.of(
      "source", "brand", "category", "parent_category", "food_group", "process_type", "product", "search_word",
      "classification_names_generation", "cursor_key", "product_name_token", "name_token");

  private static DatabaseSettings fresh;
  private static boolean created;
  private static MigrateResult first;
  private static MigrateResult second;

  @BeforeAll
  static void migrateAnEmptyDatabaseTwice() {
    // '-' and '.' as POSTGRES_DB allows them (they are quoted).
    String name = "catalog-migr." + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    fresh = TestDatabase.get().settings().withDatabase(name);
    created = Migrations.createDatabaseIfMissing(fresh);
    first = Migrations.migrate(fresh);
    second = Migrations.migrate(fresh);
  }

  @AfterAll
  static void dropIt() throws SQLException {
    DatabaseSettings admin = fresh.withDatabase("postgres");
    try (Connection c = TestDatabase.connect(admin);
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS \"" + fresh.databaseName() + "\" WITH (FORCE)");
    }
  }

  @Test
  void createsTheDatabaseOnlyWhenMissing() {
    assertTrue(created);
    assertFalse(Migrations.createDatabaseIfMissing(fresh));
  }

  /** A name it would have to escape is a configuration error (exit 2), not a stack trace. */
  @Test
  void refusesToCreateANameOfOtherCharacters() {
    ConfigError e = assertThrows(ConfigError.class,
        () -> Migrations.createDatabaseIfMissing(fresh.withDatabase("no;such")));
    assertTrue(e.getMessage().startsWith("--create-database: will not create a database named 'no;such'"),
        e.getMessage());
  }

  @Test
  void firstRunAppliesEveryMigrationAndTheSecondNone() {
    assertEquals(16, first.migrationsExecuted);
    assertEquals("16", first.targetSchemaVersion);
    assertEquals(0, second.migrationsExecuted);
  }

  @Test
  void secondRunLeavesTheHistoryAsItWas() throws SQLException {
    try (Connection c = TestDatabase.connect(fresh)) {
      assertEquals("16", TestData.query(c, "SELECT count(*) FROM flyway_schema_history WHERE success"));
      assertEquals("0", TestData.query(c, "SELECT count(*) FROM flyway_schema_history WHERE NOT success"));
    }
  }

  /** The first start writes the catalog's cursor key (32 random bytes); later starts keep it. */
  @Test
  void writesOneCursorKeyAndKeepsIt() throws SQLException {
    try (Connection c = TestDatabase.connect(fresh)) {
      String before = TestData.query(c, "SELECT encode(secret, 'hex') FROM cursor_key");
      assertEquals(64, before.length(), before);
      Migrations.migrate(fresh);
      assertEquals(before, TestData.query(c, "SELECT encode(secret, 'hex') FROM cursor_key"));
      assertEquals("1", TestData.query(c, "SELECT count(*) FROM cursor_key"));
    }
  }

  /** name_like's plan depends on the planner's sample of name_folded (V11). */
  @Test
  void samplesFoldedNamesFinely() throws SQLException {
    try (Connection c = TestDatabase.connect(fresh)) {
      assertEquals("500", TestData.query(c, "SELECT attstattarget FROM pg_attribute"
          + " WHERE attrelid = 'product'::regclass AND attname = 'name_folded'"));
    }
  }

  /** A brand filter in the default sort is checked in the name index (V12). */
  @Test
  void theNameIndexCarriesTheBrand() throws SQLException {
    try (Connection c = TestDatabase.connect(fresh)) {
      String definition = TestData.query(c, "SELECT indexdef FROM pg_indexes WHERE indexname = 'product_name_id_idx'");
      assertTrue(definition.endsWith("(name_folded, name, id) INCLUDE (brand_id) WHERE (NOT discarded)"), definition);
    }
  }

  @Test
  void createsEveryTable() throws SQLException {
    try (Connection c = TestDatabase.connect(fresh)) {
      Set<String> tables = new HashSet<>(strings(c,
          "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"));
      assertTrue(tables.containsAll(TABLES), tables::toString);
    }
  }

  @Test
  void createsTheUniqueAndKeysetIndexes() throws SQLException {
    try (Connection c = TestDatabase.connect(fresh)) {
      Set<String> indexes = new HashSet<>(strings(c,
          "SELECT indexname FROM pg_indexes WHERE schemaname = 'public'"));
      for (String index : List.of("product_barcode_source_key", "product_name_id_idx",
          "product_created_at_id_idx", "product_updated_at_id_idx", "source_name_key", "brand_name_key",
          "category_name_key", "parent_category_name_key", "food_group_name_key", "process_type_name_key")) {
        assertTrue(indexes.contains(index), () -> index + " missing from " + indexes);
      }
    }
  }

  @Test
  void installsTrigramSearchWhenTheServerOffersIt() throws SQLException {
    boolean offered;
    try (Connection c = TestDatabase.connect(fresh)) {
      offered = !strings(c, "SELECT name FROM pg_available_extensions WHERE name = 'pg_trgm'").isEmpty();
    }
    for (String mode : List.of("hikari", "none")) {
      var pool = Databases.pool(Map.of("DB_POOL_MODE", mode, "DB_POOL_SIZE", "1"));
      try (Database db = Database.open(fresh, pool, UnitOfWorkObserver.NONE)) {
        assertEquals(offered, Migrations.hasTrigramSearch(db), mode);
      }
    }
  }

  @Test
  void productHasAColumnForEveryNutrientOfTheDomain() throws SQLException {
    Map<String, String> columns = productColumns();
    for (Nutrient nutrient : Nutrient.values()) {
      String column = "nf_" + nutrient.key();
      assertEquals("double precision", columns.get(column), () -> nutrient + " needs column " + column);
      assertEquals(column, Tables.NUTRIENT_COLUMN.get(nutrient), () -> nutrient + " is mapped elsewhere");
    }
  }

  @Test
  void productReferencesEveryClassificationKind() throws SQLException {
    Map<String, String> columns = productColumns();
    for (Kind kind : Kind.values()) {
      assertEquals("uuid", columns.get(kind.idField()), () -> kind + " needs column " + kind.idField());
    }
  }

  @Test
  void everyColumnTheRepositoriesWriteExists() throws SQLException {
    Map<String, String> columns = productColumns();
    for (String column : ProductRows.FIELD_COLUMNS.split(",\\s*")) {
      assertTrue(columns.containsKey(column), () -> column + " missing from product");
    }
  }

  private static Map<String, String> productColumns() throws SQLException {
    Map<String, String> columns = new HashMap<>();
    try (Connection c = TestDatabase.connect(fresh);
        PreparedStatement ps = c.prepareStatement("""
            SELECT column_name, data_type FROM information_schema.columns
            WHERE table_schema = 'public' AND table_name = 'product'""");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        columns.put(rs.getString(1), rs.getString(2));
      }
    }
    return columns;
  }

  private static List<String> strings(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      List<String> all = new ArrayList<>();
      while (rs.next()) {
        all.add(rs.getString(1));
      }
      return all;
    }
  }
}
