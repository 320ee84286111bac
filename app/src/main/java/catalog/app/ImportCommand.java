package catalog.app;

import catalog.app.graph.CatalogComponent;
import catalog.app.importing.ImportFormat;
import catalog.app.importing.ImportInputs;
import catalog.app.json.ImportReportJson;
import catalog.domain.importing.ImportMode;
import catalog.domain.importing.ImportReport;
import catalog.infra.config.CatalogConfig;
import catalog.infra.db.Migrations;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Imports an NDJSON or CSV file through the same bulk importer as {@code POST /v1/products/import}. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = {"Import products from an NDJSON or CSV file (- for standard input), as POST /v1/products/import does.",
        "Prints the report as JSON; exits 0 when every row was inserted, 1 when some failed."})
final class ImportCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "The file to import, or - for standard input.")
  String file;

  @Option(names = "--format", paramLabel = "ndjson|csv",
      description = "The file's format; by default from its extension (.ndjson, .jsonl, .csv).")
  String format;

  @Option(names = "--atomic", description = "Insert all rows or none: any failed row keeps nothing.")
  boolean atomic;

  @Option(names = "--create-database", description = "Create the configured database first when it is missing.")
  boolean createDatabase;

  @Spec
  CommandSpec spec;

  /** Where the configuration comes from; tests point it at their database. */
  Supplier<CatalogConfig> config = CatalogConfig::fromEnvironment;

  @Override
  public Integer call() {
    ImportFormat chosen = format();
    CatalogConfig settings = config.get();
    if (createDatabase) {
      Migrations.createDatabaseIfMissing(settings.database());
    }
    Migrations.migrate(settings.database());
    CatalogComponent graph = CatalogComponent.create(settings);
    try (InputStream in = open()) {
      long start = System.nanoTime();
      ImportReport report = graph.productImport().run(
          new ImportInputs(graph.objectMapper()).open(chosen, in), atomic ? ImportMode.ATOMIC : ImportMode.EACH_ROW);
      double seconds = (System.nanoTime() - start) / 1e9;
      spec.commandLine().getOut().println(ImportReportJson.write(report, graph.objectMapper().createObjectNode()));
      spec.commandLine().getOut().flush();
      long rows = report.rolledBack() ? report.failed() : report.inserted() + report.failed();
      spec.commandLine().getErr().printf("%s: %d inserted, %d failed%s in %.2f s (%.0f rows/s)%n", file,
          report.inserted(), report.failed(), report.rolledBack() ? " (atomic: nothing kept)" : "", seconds,
          rows / Math.max(seconds, 1e-9));
      return report.failed() == 0 ? 0 : 1;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      graph.database().close();
    }
  }

  private ImportFormat format() {
    if (format != null) {
      return ImportFormat.fromKey(format).orElseThrow(() -> new ParameterException(spec.commandLine(),
          "--format must be ndjson or csv, not '" + format + "'"));
    }
    return ImportFormat.fromFileName(file).orElseThrow(() -> new ParameterException(spec.commandLine(),
        "cannot tell the format of '" + file + "' from its name; give --format ndjson or --format csv"));
  }

  private InputStream open() throws IOException {
    if (file.equals("-")) {
      return System.in;
    }
    Path path = Path.of(file);
    if (!Files.isReadable(path)) {
      throw new ParameterException(spec.commandLine(), "cannot read " + file);
    }
    return new BufferedInputStream(Files.newInputStream(path), 1 << 16);
  }
}
