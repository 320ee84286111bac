package catalog.app;

import catalog.app.graph.CatalogComponent;
import catalog.app.sample.SampleCatalog;
import catalog.infra.config.CatalogConfig;
import catalog.infra.db.Migrations;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Loads the bundled IFCT 2017 sample catalog (skipping foods already there) and exits. */
@Command(name = "import-sample", mixinStandardHelpOptions = true,
    description = "Load the bundled IFCT 2017 sample catalog (542 foods, MIT licence); foods already loaded are skipped.")
final class ImportSampleCommand implements Runnable {
  @Option(names = "--create-database", description = "Create the configured database first when it is missing.")
  boolean createDatabase;

  @Spec
  CommandSpec spec;

  /** Where the configuration comes from; tests point it at their database. */
  Supplier<CatalogConfig> configuration = CatalogConfig::fromEnvironment;

  @Override
  public void run() {
    CatalogConfig config = configuration.get();
    if (createDatabase) {
      Migrations.createDatabaseIfMissing(config.database());
    }
    Migrations.migrate(config.database());
    CatalogComponent graph = CatalogComponent.create(config);
    try {
      int added = graph.sampleCatalog().load();
      spec.commandLine().getOut().println("added " + added + " sample products (source '" + SampleCatalog.SOURCE + "')");
    } finally {
      graph.database().close();
    }
  }
}
