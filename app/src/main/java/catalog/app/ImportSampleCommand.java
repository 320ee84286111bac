package catalog.app;

import catalog.app.graph.CatalogComponent;
import catalog.app.sample.SampleCatalog;
import catalog.infra.config.CatalogConfig;
import catalog.infra.db.Migrations;
import picocli.CommandLine.Command;

/** Loads the bundled IFCT 2017 sample catalog (skipping foods already there) and exits. */
@Command(name = "import-sample", mixinStandardHelpOptions = true,
    description = "Load the bundled IFCT 2017 sample catalog (542 foods, MIT licence); foods already loaded are skipped.")
final class ImportSampleCommand implements Runnable {
  @Override
  public void run() {
    CatalogConfig config = CatalogConfig.fromEnvironment();
    Migrations.migrate(config.database());
    CatalogComponent graph = CatalogComponent.create(config);
    try {
      int added = graph.sampleCatalog().load();
      System.out.println("added " + added + " sample products (source '" + SampleCatalog.SOURCE + "')");
    } finally {
      graph.database().close();
    }
  }
}
