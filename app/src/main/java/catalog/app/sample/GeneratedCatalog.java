package catalog.app.sample;

import catalog.domain.classification.Classification;
import catalog.domain.classification.ClassificationName;
import catalog.domain.classification.Kind;
import catalog.domain.product.Product;
import catalog.domain.work.UnitOfWork;
import catalog.infra.db.Database;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Adds generated products (see {@link ProductGenerator}) in transactions of a thousand. */
@Singleton
public final class GeneratedCatalog {
  static final int BATCH = 1000;

  private final Database database;
  private final Clock clock;

  @Inject
  GeneratedCatalog(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  /** Adds products {@code first .. first+count-1} of the seed's sequence; returns how many were added. */
  public long add(long first, long count, long seed) {
    ProductGenerator generator = new ProductGenerator(IfctTables.read(), seed);
    Map<String, UUID> ids = new HashMap<>();
    long added = 0;
    while (added < count) {
      long batch = Math.min(BATCH, count - added);
      try (UnitOfWork uow = database.newUnitOfWork()) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        for (long i = 0; i < batch; i++) {
          var fields = generator.product(first + added + i,
              (kind, name) -> ids.computeIfAbsent(kind + "/" + name, k -> findOrCreate(uow, kind, name, now)));
          uow.products().add(Product.create(fields, now));
        }
        uow.commit();
      }
      added += batch;
    }
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
