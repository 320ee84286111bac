package catalog.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import catalog.domain.Conflict;
import catalog.infra.config.CatalogConfig;
import io.javalin.util.JavalinBindException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Map;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class StartupErrorsTest {

  /** An import refused because another one runs (imports run one at a time) says so in one line. */
  @Test
  void aConflictIsOneLineAndExitCodeOne() {
    Handled handled = handle(new Conflict("another import is running in this catalog"), new ImportCommand());
    int code = handled.code();
    String printed = handled.printed();
    assertEquals(1, code);
    assertEquals("catalog: import: another import is running in this catalog; nothing was imported\n", printed);
    assertFalse(printed.contains("\tat "), "no stack trace");
  }

  /** A database host that does not resolve is the database out of reach, with the way to point at one. */
  @Test
  void anUnknownHostIsTheDatabaseOutOfReach() {
    SQLException connect = new SQLException("The connection attempt failed.", "08001",
        new UnknownHostException("no.such.host.invalid"));
    Handled handled = handle(new FlywayException("Unable to obtain connection from database", connect), new MigrateCommand());
    int code = handled.code();
    String printed = handled.printed();
    assertEquals(3, code);
    assertTrue(printed.startsWith("catalog: cannot reach the database: unknown host no.such.host.invalid\n"), printed);
    assertTrue(printed.contains("POSTGRES_SERVER"), printed);
    assertFalse(printed.contains("\tat "), "no stack trace");
  }

  /**
   * A server that turns the login away while it starts, shuts down or has too many clients is the database
   * out of reach too (the states a request answers 503 for), not a failure with a stack trace.
   */
  @Test
  void aServerThatTurnsTheLoginAwayIsTheDatabaseOutOfReach() {
    for (String state : new String[] {"53300", "57P03", "28P01", "3D000"}) {
      SQLException refused = new SQLException("FATAL: refused (" + state + ")", state);
      Handled handled = handle(new FlywayException("Unable to obtain connection from database", refused),
          new MigrateCommand());
      assertEquals(3, handled.code(), state);
      assertTrue(handled.printed().startsWith("catalog: cannot reach the database: FATAL: refused (" + state + ")\n"),
          handled.printed());
      assertFalse(handled.printed().contains("\tat "), "no stack trace");
    }
  }

  /** Another application's database (tables, no Flyway history): one message that says what to do, no trace. */
  @Test
  void aDatabaseOfAnotherApplicationIsToldApart() {
    Handled handled = handle(new FlywayException("Found non-empty schema(s) \"public\" but no schema history table."
        + " Use baseline() or set baselineOnMigrate to true to initialize the schema history table."),
        new MigrateCommand());
    assertEquals(1, handled.code());
    assertTrue(handled.printed().startsWith("catalog: migrate: migrating the database failed: Found non-empty"
        + " schema(s) \"public\" but no schema history table.\nThe database holds tables, but not Catalog's"), handled.printed());
    assertFalse(handled.printed().contains("baseline"), "advice the command line cannot act on");
    assertFalse(handled.printed().contains("\tat "), "no stack trace");
  }

  /** A database that is not there: how to point elsewhere, and how to create it. */
  @Test
  void aMissingDatabaseIsToldHowToCreateIt() {
    SQLException missing = new SQLException("FATAL: database \"nope\" does not exist", "3D000");
    Handled handled = handle(new FlywayException("Unable to obtain connection from database", missing),
        new MigrateCommand());
    assertEquals(3, handled.code());
    assertTrue(handled.printed().endsWith("Or add --create-database to create the database.\n"), handled.printed());
  }

  /** A role without the rights to create or migrate the database gets one line saying so (exit 3), no trace. */
  @Test
  void aRoleWithoutTheRightsIsToldWhatItNeeds() {
    SQLException denied = new SQLException("ERROR: must be owner of table product", "42501");
    Handled handled = handle(new FlywayException("Migration failed", denied), new MigrateCommand());
    int code = handled.code();
    String printed = handled.printed();
    assertEquals(3, code);
    assertTrue(printed.startsWith("catalog: migrate: the database refused: ERROR: must be owner of table product\n"),
        printed);
    assertTrue(printed.contains("CREATEDB"), printed);
    assertFalse(printed.contains("\tat "), "no stack trace");
  }

  /** generate adds at least one product; a count below one is a usage error (exit 2), before any database work. */
  @Test
  void generateRefusesACountBelowOne() {
    for (String count : new String[] {"0", "-1"}) {
      CommandLine cmd = new CommandLine(new GenerateCommand());
      cmd.setErr(new PrintWriter(new ByteArrayOutputStream(), true));
      assertEquals(2, cmd.execute("--products", count), count);
    }
  }

  /** An index past the last one the generator can number is a usage error too, not an empty run. */
  @Test
  void generatorsRefuseIndexesPastTheLast() {
    CommandLine generate = new CommandLine(new GenerateCommand());
    generate.setErr(new PrintWriter(new ByteArrayOutputStream(), true));
    assertEquals(2, generate.execute("--products", "1", "--first", String.valueOf(Long.MAX_VALUE)));
    CommandLine print = new CommandLine(new GenCatalogCommand());
    StringWriter err = new StringWriter();
    print.setErr(new PrintWriter(err, true));
    assertEquals(2, print.execute("2", "--first", String.valueOf(Long.MAX_VALUE)));
    assertTrue(err.toString().contains("--first + N"), err.toString());
  }

  /**
   * A port in use stops the start before it touches the database: here the database is out of reach, so a
   * start that reached for it first would fail with DatabaseUnavailable instead.
   */
  @Test
  void aPortInUseStopsTheStartBeforeTheDatabase() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      CatalogConfig config = CatalogConfig.from(Map.of("HTTP_HOST", "127.0.0.1",
          "HTTP_PORT", String.valueOf(taken.getLocalPort()), "DATABASE_URL", "postgres://postgres@127.0.0.1:1/catalog"));
      JavalinBindException e = assertThrows(JavalinBindException.class, () -> ServeCommand.start(config, true));
      Handled handled = handle(e, new ServeCommand());
      assertEquals(1, handled.code());
      assertEquals("catalog: cannot listen: java.net.BindException: Address already in use (check HTTP_HOST and"
          + " HTTP_PORT)\n", handled.printed());
    }
  }

  private record Handled(int code, String printed) {}

  /** What StartupErrors prints to stderr for {@code e} thrown by {@code command}, and the exit code. */
  private static Handled handle(Exception e, Object command) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream original = System.err;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      int code = new StartupErrors().handleExecutionException(e, new CommandLine(command), null);
      return new Handled(code, err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(original);
    }
  }
}
