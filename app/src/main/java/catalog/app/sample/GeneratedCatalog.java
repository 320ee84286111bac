package catalog.app.sample;

import catalog.domain.classification.ClassificationName;
import catalog.domain.importing.ImportMode;
import catalog.domain.importing.ImportReport;
import catalog.domain.importing.ImportRow;
import catalog.domain.importing.ImportRows;
import catalog.domain.importing.ProductImport;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** Adds generated products (see {@link ProductGenerator}) through the bulk importer. */
@Singleton
public final class GeneratedCatalog {
  private final ProductImport importer;

  @Inject
  GeneratedCatalog(ProductImport importer) {
    this.importer = importer;
  }

  /**
   * Adds products {@code first .. first+count-1} of the seed's sequence; those whose barcode is
   * already taken for their source are reported as failed, not added.
   */
  public ImportReport add(long first, long count, long seed) {
    ProductGenerator generator = new ProductGenerator(IfctTables.read(), seed);
    long[] next = {first};
    ImportRows rows = names -> {
      if (next[0] >= first + count) {
        return null;
      }
      long index = next[0]++;
      return new ImportRow.Valid(index - first + 1,
          generator.product(index, (kind, name) -> names.idOf(kind, new ClassificationName(name))));
    };
    return importer.run(rows, ImportMode.EACH_ROW);
  }
}
