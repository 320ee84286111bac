package catalog.app.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import catalog.app.TestServer;
import catalog.app.graph.CatalogModule;
import catalog.domain.importing.ImportReport;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sample and generated catalogs load through the bulk importer; loading again adds nothing. */
class SampleCatalogIT {
  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void theSampleLoadsOnceAndALaterLoadSkipsEveryFood() {
    SampleCatalog sample = server.graph().sampleCatalog();
    sample.load();

    assertEquals(0, sample.load());
    assertEquals(0, sample.loadIfEmpty());
    assertEquals(IfctTables.read().size(), total("source=" + SampleCatalog.SOURCE));
  }

  @Test
  void generatedProductsAreAddedOnceAndRepeatsAreReportedNotAdded() {
    GeneratedCatalog generated = server.graph().generatedCatalog();
    long seed = 987;

    ImportReport first = generated.add(0, 300, seed);
    ImportReport again = generated.add(250, 100, seed);

    assertEquals(new ImportReport(300, 0, first.errors(), false), first);
    assertEquals(50, again.inserted());
    assertEquals(50, again.failed());
    assertEquals(1, again.errors().get(0).line());
  }

  private static long total(String query) {
    try {
      return CatalogModule.objectMapper()
          .readTree(server.get("/v1/products?limit=1&include_total=true&" + query).body()).at("/page/total").asLong();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
