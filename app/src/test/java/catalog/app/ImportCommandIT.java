package catalog.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import catalog.app.graph.CatalogModule;
import catalog.infra.config.CatalogConfig;
import catalog.infra.testing.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code catalog import FILE}: the same importer as the HTTP endpoint, from a file, against the test database. */
class ImportCommandIT {
  private static TestServer server;

  @TempDir
  Path dir;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aCsvFileIsImportedAndTheReportPrinted() throws IOException {
    String source = "cli " + UUID.randomUUID().toString().substring(0, 8);
    Path file = Files.writeString(dir.resolve("products.csv"),
        "name,barcode,source,calories\nCli one,," + source + ",10\nCli two,," + source + ",20\n");

    Run run = run(file.toString());

    assertEquals(0, run.code(), run.err());
    assertEquals(2, run.report().get("inserted").asLong());
    assertEquals(2, total(source));
    assertTrue(run.err().contains("2 inserted, 0 failed"), run.err());
  }

  @Test
  void failedRowsAreReportedByLineAndTheExitCodeSaysSo() throws IOException {
    String source = "cli bad " + UUID.randomUUID().toString().substring(0, 8);
    Path file = Files.writeString(dir.resolve("products.jsonl"),
        "{\"name\": \"fine\", \"source\": \"" + source + "\"}\n{\"name\": \"\", \"source\": \"" + source + "\"}\n");

    Run run = run(file.toString());

    assertEquals(1, run.code());
    assertEquals(1, run.report().get("inserted").asLong());
    assertEquals(2, run.report().at("/errors/0/line").asLong());
  }

  @Test
  void atomicKeepsNothingWhenARowFails() throws IOException {
    String source = "cli atomic " + UUID.randomUUID().toString().substring(0, 8);
    Path file = Files.writeString(dir.resolve("rows.txt"),
        "{\"name\": \"fine\", \"source\": \"" + source + "\"}\n{\"name\": 1, \"source\": \"" + source + "\"}\n");

    Run run = run("--format", "ndjson", "--atomic", file.toString());

    assertEquals(1, run.code());
    assertEquals(0, run.report().get("inserted").asLong());
    assertEquals(0, total(source));
  }

  @Test
  void aFileWhoseFormatCannotBeToldIsAUsageError() throws IOException {
    Path file = Files.writeString(dir.resolve("rows.txt"), "");
    Run run = run(file.toString());
    assertEquals(2, run.code());
    assertTrue(run.err().contains("--format"), run.err());
  }

  private record Run(int code, String out, String err) {
    JsonNode report() {
      try {
        return CatalogModule.objectMapper().readTree(out);
      } catch (IOException e) {
        throw new AssertionError("not a JSON report: " + out, e);
      }
    }
  }

  private static Run run(String... args) {
    ImportCommand command = new ImportCommand();
    Map<String, String> env = new HashMap<>(TestDatabase.get().env());
    env.put("DB_POOL_SIZE", "1");
    command.config = () -> CatalogConfig.from(env);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(command);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private static long total(String source) {
    String query = "/v1/products?limit=1&include_total=true&source=" + URLEncoder.encode(source, StandardCharsets.UTF_8);
    try {
      return CatalogModule.objectMapper().readTree(server.get(query).body()).at("/page/total").asLong();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
