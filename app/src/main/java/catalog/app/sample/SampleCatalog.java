package catalog.app.sample;

import catalog.domain.classification.Classification;
import catalog.domain.classification.ClassificationName;
import catalog.domain.classification.Kind;
import catalog.domain.listing.Field;
import catalog.domain.listing.Filter;
import catalog.domain.listing.ProductQuery;
import catalog.domain.product.NutriFacts;
import catalog.domain.product.Product;
import catalog.domain.product.ProductFields;
import catalog.domain.work.UnitOfWork;
import catalog.infra.db.Database;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Loads the bundled IFCT 2017 foods as products of source {@code ifct2017}, in one transaction. */
@Singleton
public final class SampleCatalog {
  public static final String SOURCE = "ifct2017";

  private final Database database;
  private final Clock clock;

  @Inject
  SampleCatalog(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  /** Loads the sample only when the catalog has no product at all; returns how many were added. */
  public int loadIfEmpty() {
    try (UnitOfWork uow = database.newUnitOfWork()) {
      ProductQuery any = new ProductQuery(List.of(new Filter(Field.DISCARDED, List.of(true, false))),
          ProductQuery.DEFAULT_SORT, 1, null, false);
      if (!uow.productReads().list(any).items().isEmpty()) {
        return 0;
      }
      return load(uow);
    }
  }

  /** Adds every sample food not already in the catalog (same barcode and source); returns how many. */
  public int load() {
    try (UnitOfWork uow = database.newUnitOfWork()) {
      return load(uow);
    }
  }

  private int load(UnitOfWork uow) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    UUID source = findOrCreate(uow, Kind.SOURCE, SOURCE, now);
    ProductQuery existingQuery = new ProductQuery(List.of(new Filter(Field.SOURCE, List.of(SOURCE))),
        ProductQuery.DEFAULT_SORT, ProductQuery.MAX_LIMIT, null, false);
    Set<String> existing = new HashSet<>();
    var page = uow.productReads().list(existingQuery);
    while (true) {
      page.items().forEach(v -> existing.add(v.fields().barcode()));
      if (page.next() == null) {
        break;
      }
      page = uow.productReads().list(existingQuery.withAfter(page.next()));
    }
    Map<String, UUID> groups = new HashMap<>();
    int added = 0;
    for (IfctFood food : IfctTables.read()) {
      if (existing.contains(food.code())) {
        continue;
      }
      UUID group = groups.computeIfAbsent(food.foodGroup(), name -> findOrCreate(uow, Kind.FOOD_GROUP, name, now));
      Map<Kind, UUID> refs = new EnumMap<>(Kind.class);
      refs.put(Kind.SOURCE, source);
      refs.put(Kind.FOOD_GROUP, group);
      ProductFields fields = new ProductFields(food.name(), food.code(), true, refs,
          new NutriFacts(food.nutrients()), null, null, null, null, null);
      uow.products().add(Product.create(fields, now));
      added++;
    }
    uow.commit();
    return added;
  }

  private static UUID findOrCreate(UnitOfWork uow, Kind kind, String name, Instant now) {
    ClassificationName n = new ClassificationName(name);
    return uow.classifications().findByName(kind, n).map(Classification::id).orElseGet(() -> {
      Classification created = Classification.create(kind, n, now);
      uow.classifications().add(created);
      return created.id();
    });
  }
}
