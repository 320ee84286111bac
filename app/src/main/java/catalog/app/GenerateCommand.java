package catalog.app;

import catalog.app.graph.CatalogComponent;
import catalog.domain.importing.ImportReport;
import catalog.infra.config.CatalogConfig;
import catalog.infra.db.Migrations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Adds N generated products (deterministic from a seed), for benchmarks and experiments. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Add generated products (realistic, deterministic from --seed) to the catalog.")
final class GenerateCommand implements Runnable {
  @Option(names = "--products", defaultValue = "10000", description = "How many products to add (default ${DEFAULT-VALUE}).")
  long products;

  @Option(names = "--seed", defaultValue = "42", description = "Seed of the sequence (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--first", defaultValue = "0",
      description = "Index of the first product in the seed's sequence (default ${DEFAULT-VALUE}); use it to extend a catalog.")
  long first;

  @Option(names = "--create-database", description = "Create the configured database first when it is missing.")
  boolean createDatabase;

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    if (products < 1 || first < 0 || first > Long.MAX_VALUE - products) {
      throw new ParameterException(spec.commandLine(),
          "--products must be 1 or more, and --first not negative nor --first + --products past " + Long.MAX_VALUE);
    }
    CatalogConfig config = CatalogConfig.fromEnvironment();
    if (createDatabase) {
      Migrations.createDatabaseIfMissing(config.database());
    }
    Migrations.migrate(config.database());
    CatalogComponent graph = CatalogComponent.create(config);
    try {
      long start = System.nanoTime();
      ImportReport report = graph.generatedCatalog().add(first, products, seed);
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf("added %d generated products (seed %d, from index %d) in %.1f s; %d skipped%s%n",
          report.inserted(), seed, first, seconds, report.failed(),
          report.errors().isEmpty() ? "" : " (first: line " + report.errors().get(0).line() + ": "
              + report.errors().get(0).detail() + ")");
    } finally {
      graph.database().close();
    }
  }
}
