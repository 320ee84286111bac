package catalog.infra.db;

import catalog.infra.config.ConfigError;
import catalog.infra.config.DatabaseSettings;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Schema migrations (Flyway, {@code db/migration}) and creating the catalog database when missing. */
public final class Migrations {
  private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

  /**
   * Search's schema objects that need pg_trgm, made where they are missing, as migrations V3, V5, V9, V13,
   * V15 and V16 leave them (V15's postings through its own {@code product_word_install()}). Those make them
   * only if pg_trgm is installed when they run; an operator who installs it later and restarts the
   * service gets them here. Existence is looked up first: CREATE INDEX IF NOT
   * EXISTS would lock the table (and wait for every writer) on each start. A role that may not change the
   * tables gets a warning and a service without search ({@link #hasTrigramSearch}), not a failed start.
   */
  private static final String TRIGRAM_OBJECTS = """
      DO $$
      BEGIN
          IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
              RETURN;
          END IF;
          BEGIN
              IF NOT EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = 'product'::regclass
                             AND attname = 'name_trigrams' AND NOT attisdropped) THEN
                  RAISE NOTICE 'pg_trgm was installed after the schema: adding product.name_trigrams';
                  ALTER TABLE product ADD COLUMN name_trigrams integer
                      GENERATED ALWAYS AS (cardinality(show_trgm(name_search))) STORED;
              END IF;
              IF to_regclass('product_name_search_trgm_idx') IS NULL THEN
                  CREATE INDEX product_name_search_trgm_idx ON product USING gin (name_search gin_trgm_ops)
                      WHERE NOT discarded;
              END IF;
              IF to_regclass('product_name_folded_trgm_idx') IS NULL THEN
                  CREATE INDEX product_name_folded_trgm_idx ON product USING gin (name_folded gin_trgm_ops)
                      WHERE NOT discarded;
              END IF;
              IF to_regclass('search_word_trgm_idx') IS NULL THEN
                  CREATE INDEX search_word_trgm_idx ON search_word USING gin (word gin_trgm_ops)
                      WITH (fastupdate = off);
              END IF;
              IF to_regclass('name_token_trgm_idx') IS NULL THEN
                  CREATE INDEX name_token_trgm_idx ON name_token USING gin (token gin_trgm_ops)
                      WITH (fastupdate = off);
              END IF;
              IF product_word_install() THEN
                  RAISE NOTICE 'pg_trgm was installed after the schema: made search''s postings';
              END IF;
          EXCEPTION WHEN insufficient_privilege THEN
              RAISE WARNING 'pg_trgm is installed but this role may not add search''s trigram column and indexes: %',
                  SQLERRM;
          END;
      END
      $$""";

  private Migrations() {}

  /**
   * Brings the schema up to date over a dedicated connection without the statement timeout, then writes
   * the cursor key if there is none, recomputes the stored name forms if their rules changed, and makes
   * whatever of search's pg_trgm objects is missing.
   */
  public static MigrateResult migrate(DatabaseSettings settings) {
    var dataSource = ConnectionFactory.unpooled(settings, 10_000, false);
    MigrateResult result = Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .load()
        .migrate();
    if (result.migrationsExecuted > 0) {
      LOG.info("migrated schema to version {} ({} migrations)", result.targetSchemaVersion, result.migrationsExecuted);
    }
    writeCursorKey(dataSource);
    refreshNameForms(dataSource);
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute(TRIGRAM_OBJECTS);
      for (SQLWarning w = s.getWarnings(); w != null; w = w.getNextWarning()) {
        if (w.getSQLState() != null && w.getSQLState().startsWith("01")) {
          LOG.warn("{}", w.getMessage());
        } else {
          LOG.info("{}", w.getMessage());
        }
      }
      if (!c.getAutoCommit()) {
        c.commit();
      }
    } catch (SQLException e) {
      throw SqlErrors.translate("making search's trigram objects", e);
    }
    return result;
  }

  /** Rewrites the stored name forms when the rules that compute them changed ({@link NameForms}). */
  private static void refreshNameForms(DataSource dataSource) {
    try {
      int changed = NameForms.refresh(dataSource);
      if (changed > 0) {
        LOG.info("recomputed the stored name forms of {} products: the rules that fold names changed", changed);
      }
    } catch (SQLException e) {
      throw SqlErrors.translate("recomputing the stored name forms", e);
    }
  }

  /**
   * Writes the catalog's cursor key (V10) if there is none: 32 bytes from SecureRandom. On this
   * connection (READ COMMITTED, autocommit) two instances starting at once both insert, one row stays,
   * and neither fails.
   */
  private static void writeCursorKey(DataSource dataSource) {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "INSERT INTO cursor_key (secret) VALUES (?) ON CONFLICT DO NOTHING")) {
      ps.setBytes(1, secret);
      if (ps.executeUpdate() == 1) {
        LOG.info("wrote this catalog's cursor key (cursors signed under an earlier one are no longer accepted)");
      }
    } catch (SQLException e) {
      throw SqlErrors.translate("writing the cursor key", e);
    }
  }

  /**
   * The catalog's key for signing page cursors (V10, written by {@link #migrate}), read once at start:
   * every instance serving the database signs with it, so cursors survive restarts.
   */
  public static byte[] cursorKey(Database database) {
    return database.readAlone("reading the cursor key", c -> {
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT secret FROM cursor_key")) {
        if (!rs.next()) {
          throw new IllegalStateException("cursor_key is empty: the schema was not migrated by this service");
        }
        return rs.getBytes(1);
      }
    });
  }

  /**
   * True when the catalog database has pg_trgm installed, the trigram count search ranks by (V9's
   * {@code product.name_trigrams}, which a role without the right to change the table could not add) and
   * the triggers that keep search's postings (V15).
   */
  public static boolean hasTrigramSearch(Database database) {
    return database.readAlone("checking for pg_trgm", c -> {
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm' AND EXISTS"
              + " (SELECT 1 FROM pg_attribute WHERE attrelid = 'product'::regclass AND attname = 'name_trigrams'"
              + " AND NOT attisdropped) AND EXISTS (SELECT 1 FROM pg_trigger WHERE tgrelid = 'product'::regclass"
              + " AND tgname = 'product_word_on_insert')")) {
        return rs.next();
      }
    });
  }

  /** Creates the configured database through the server's {@code postgres} database, if it is missing. */
  public static boolean createDatabaseIfMissing(DatabaseSettings settings) {
    String name = settings.databaseName();
    if (!name.matches("[A-Za-z0-9_.-]{1,63}")) {
      throw new ConfigError("--create-database", "will not create a database named '" + name
          + "': only names of letters, digits, '_', '.' and '-' are created automatically; create it yourself");
    }
    var maintenance = ConnectionFactory.unpooled(settings.withDatabase("postgres"), 5_000, false);
    try (Connection c = maintenance.getConnection()) {
      try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
        ps.setString(1, name);
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            return false;
          }
        }
      }
      try (Statement s = c.createStatement()) {
        // The name is checked against [A-Za-z0-9_.-] above and quoted; CREATE DATABASE takes no parameters.
        s.execute("CREATE DATABASE \"" + name + "\"");
      }
      LOG.info("created database {}", name);
      return true;
    } catch (SQLException e) {
      if ("42P04".equals(e.getSQLState())) {
        return false;
      }
      throw SqlErrors.translate("creating database " + name, e);
    }
  }
}
