package catalog.app.sample;

import catalog.domain.classification.ClassificationName;
import catalog.domain.classification.Kind;
import catalog.domain.importing.ImportMode;
import catalog.domain.importing.ImportRow;
import catalog.domain.importing.ImportRows;
import catalog.domain.importing.ProductImport;
import catalog.domain.listing.Field;
import catalog.domain.listing.Filter;
import catalog.domain.listing.ProductQuery;
import catalog.domain.product.NutriFacts;
import catalog.domain.product.ProductFields;
import catalog.domain.work.UnitOfWork;
import catalog.infra.db.Database;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Loads the bundled IFCT 2017 foods as products of source {@code ifct2017} through the bulk importer
 * (one transaction). A food already there (same code as barcode, same source) is skipped.
 */
@Singleton
public final class SampleCatalog {
  public static final String SOURCE = "ifct2017";

  private final Database database;
  private final ProductImport importer;

  @Inject
  SampleCatalog(Database database, ProductImport importer) {
    this.database = database;
    this.importer = importer;
  }

  /** Loads the sample only when the catalog has no product at all; returns how many were added. */
  public int loadIfEmpty() {
    try (UnitOfWork uow = database.newUnitOfWork()) {
      ProductQuery any = new ProductQuery(List.of(new Filter(Field.DISCARDED, List.of(true, false))),
          ProductQuery.DEFAULT_SORT, 1, null, false);
      if (!uow.productReads().list(any).items().isEmpty()) {
        return 0;
      }
    }
    return load();
  }

  /** Adds every sample food not already in the catalog (same barcode and source); returns how many. */
  public int load() {
    return Math.toIntExact(importer.run(rows(IfctTables.read()), ImportMode.EACH_ROW).inserted());
  }

  private static ImportRows rows(List<IfctFood> foods) {
    Iterator<IfctFood> next = foods.iterator();
    long[] line = {0};
    return names -> {
      if (!next.hasNext()) {
        return null;
      }
      IfctFood food = next.next();
      Map<Kind, UUID> refs = new EnumMap<>(Kind.class);
      refs.put(Kind.SOURCE, names.idOf(Kind.SOURCE, new ClassificationName(SOURCE)));
      refs.put(Kind.FOOD_GROUP, names.idOf(Kind.FOOD_GROUP, new ClassificationName(food.foodGroup())));
      ProductFields fields = new ProductFields(food.name(), food.code(), true, refs,
          new NutriFacts(food.nutrients()), null, null, null, null, null);
      return new ImportRow.Valid(++line[0], fields);
    };
  }
}
