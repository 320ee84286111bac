package catalog.app;

import catalog.app.graph.CatalogModule;
import catalog.app.importing.ImportFormat;
import catalog.app.importing.RowWriter;
import catalog.app.sample.IfctTables;
import catalog.app.sample.ProductGenerator;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Prints generated products as import rows: the same seed always prints the same bytes. */
@Command(name = "gen-catalog", mixinStandardHelpOptions = true,
    description = "Print N generated products (IFCT 2017 names, groups and nutrients; deterministic from --seed) "
        + "as NDJSON or CSV import rows, classifications by name. Needs no database.")
final class GenCatalogCommand implements Runnable {
  @Parameters(index = "0", paramLabel = "N", description = "How many products to print.")
  long count;

  @Option(names = "--seed", defaultValue = "42", description = "Seed of the sequence (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--first", defaultValue = "0", description = "Index of the first product (default ${DEFAULT-VALUE}).")
  long first;

  @Option(names = "--format", defaultValue = "ndjson", paramLabel = "ndjson|csv",
      description = "Output format (default ${DEFAULT-VALUE}).")
  String format;

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    try {
      write(new FileOutputStream(FileDescriptor.out));
    } catch (UncheckedIOException e) {
      // The reader stopped early (gen-catalog ... | head): not an error of ours.
      if (!"Broken pipe".equals(e.getCause().getMessage())) {
        throw e;
      }
    }
  }

  /** Writes the rows to {@code out}, flushed but not closed. */
  void write(OutputStream out) {
    ImportFormat chosen = ImportFormat.fromKey(format).orElseThrow(() -> new ParameterException(spec.commandLine(),
        "--format must be ndjson or csv, not '" + format + "'"));
    if (count < 0 || first < 0 || count > Long.MAX_VALUE - first) {
      throw new ParameterException(spec.commandLine(),
          "N and --first must not be negative, and --first + N not past " + Long.MAX_VALUE);
    }
    ProductGenerator generator = new ProductGenerator(IfctTables.read(), seed);
    try (RowWriter writer = new RowWriter(chosen, out, CatalogModule.objectMapper())) {
      for (long index = first; index < first + count; index++) {
        ProductGenerator.Row row = generator.row(index);
        writer.write(row.fields(), row.names());
      }
    }
  }
}
