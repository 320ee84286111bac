package catalog.infra.db;

import catalog.infra.config.DatabaseSettings;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Schema migrations (Flyway, {@code db/migration}) and creating the catalog database when missing. */
public final class Migrations {
  private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

  private Migrations() {}

  /** Brings the schema up to date over a dedicated connection without the statement timeout. */
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
    return result;
  }

  /** True when the server offers pg_trgm and the catalog database has it installed. */
  public static boolean hasTrigramSearch(Database database) {
    try (Connection c = database.dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")) {
      boolean present = rs.next();
      if (!c.getAutoCommit()) {
        c.rollback();
      }
      return present;
    } catch (SQLException e) {
      throw SqlErrors.translate("checking for pg_trgm", e);
    }
  }

  /** Creates the configured database through the server's {@code postgres} database, if it is missing. */
  public static boolean createDatabaseIfMissing(DatabaseSettings settings) {
    String name = settings.databaseName();
    if (!name.matches("[A-Za-z0-9_]{1,63}")) {
      throw new IllegalArgumentException("will not create a database named '" + name
          + "': only letters, digits and '_' are created automatically");
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
        // The name is checked against [A-Za-z0-9_] above and quoted; CREATE DATABASE takes no parameters.
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
