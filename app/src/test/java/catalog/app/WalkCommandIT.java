package catalog.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import catalog.app.walk.WalkCommand;
import catalog.infra.testing.TestDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code catalog walk} against a real service: pages under several sorts while products are imported. */
class WalkCommandIT {
  private static TestServer server;

  @BeforeAll
  static void start() {
    // A catalog of its own: the walks read all of it.
    server = TestServer.start(TestDatabase.get().ownEnv("walk"));
    String source = Api.classification(server, "sources", Api.unique("WalkSrc"));
    for (int i = 0; i < 30; i++) {
      Api.createProduct(server, Api.unique("walk"), source);
    }
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private record Run(int exit, String out, String err) {}

  private static Run walk(String... options) {
    List<String> args = new ArrayList<>(List.of("--url", server.uri("/").toString(), "--api-key", TestServer.API_KEY));
    args.addAll(List.of(options));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = new CommandLine(new WalkCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
        .execute(args.toArray(String[]::new));
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void everyProductComesOnceUnderEachSortWhileProductsAreAdded() {
    List<String> sorts = List.of("name", "-calories", "-brand,name", "-brand", "source");
    List<String> options = new ArrayList<>();
    sorts.forEach(sort -> options.addAll(List.of("--sort", sort)));
    options.addAll(List.of("--limit", "20", "--adders", "2", "--batch", "5", "--add-rate", "40"));
    Run run = walk(options.toArray(String[]::new));
    assertEquals(0, run.exit(), run.out() + run.err());
    assertTrue(run.out().contains("# exactly once"), run.out());
    for (String sort : sorts) {
      assertTrue(Pattern.compile("(?m)^" + Pattern.quote(sort) + " +\\d+ +\\d+ +\\d+ +0 +0 ").matcher(run.out()).find(),
          sort + " walked with none twice and none missing: " + run.out());
    }
    Matcher added = Pattern.compile("# (\\d+) products were added during the walks; 0 products").matcher(run.out());
    assertTrue(added.find(), run.out());
    assertTrue(Long.parseLong(added.group(1)) >= 5, "at least the first batch was imported: " + run.out());
  }

  @Test
  void aUrlThatNamesNoServiceIsAUsageError() {
    for (String url : new String[] {"notaurl", "http://127.0.0.1:abc", "ftp://127.0.0.1/"}) {
      StringWriter err = new StringWriter();
      int exit = new CommandLine(new WalkCommand()).setErr(new PrintWriter(err)).execute("--url", url);
      assertEquals(2, exit, url + ": " + err);
      assertTrue(err.toString().contains("--url must be an http:// or https:// URL"), err.toString());
    }
  }

  @Test
  void aSortThatIsNotOneIsRefusedBeforeAnyRequest() {
    Run run = walk("--sort", "colour");
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("--sort colour: 'colour' is not a sort key"), run.err());
  }
}
