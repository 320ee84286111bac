package catalog.domain.product;

import catalog.domain.classification.Classification;
import catalog.domain.classification.ClassificationName;
import catalog.domain.classification.Kind;
import catalog.domain.fakes.FakeUnitOfWork;
import catalog.domain.fakes.InMemoryClassifications;
import catalog.domain.fakes.InMemoryProducts;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/** A shared in-memory store with classifications to point at, and units of work over it. */
final class ProductFixture {
  static final Instant CREATED = Instant.parse("2024-05-01T10:00:00.123456789Z");
  static final Instant CREATED_MICROS = Instant.parse("2024-05-01T10:00:00.123456Z");
  static final Instant LATER = Instant.parse("2024-05-02T08:30:00Z");

  final InMemoryProducts products = new InMemoryProducts();
  final InMemoryClassifications classifications = new InMemoryClassifications();
  final ProductCommands commands = new ProductCommands(Clock.fixed(CREATED, ZoneOffset.UTC));
  final ProductCommands later = new ProductCommands(Clock.fixed(LATER, ZoneOffset.UTC));
  final Classification source = seed(Kind.SOURCE, "TBCA");
  final Classification brand = seed(Kind.BRAND, "Nestlé");

  FakeUnitOfWork uow() {
    return new FakeUnitOfWork(products, classifications);
  }

  Classification seed(Kind kind, String name) {
    Classification c = Classification.create(kind, new ClassificationName(name), CREATED);
    classifications.add(c);
    return c;
  }

  Classification seedDiscarded(Kind kind, String name) {
    Classification c = seed(kind, name).discard(CREATED);
    return classifications.update(c);
  }

  /** Stores a product through the use case and returns its view. */
  ProductView stored(ProductFields fields) {
    try (FakeUnitOfWork uow = uow()) {
      return commands.add(uow, fields);
    }
  }

  ProductFields fields(String name, String barcode) {
    return fields(name, barcode, Map.of(Kind.SOURCE, source.id(), Kind.BRAND, brand.id()));
  }

  static ProductFields fields(String name, String barcode, Map<Kind, UUID> refs) {
    return new ProductFields(name, barcode, true, refs, null, null, null, null, null, null);
  }

  static ProductPatch rename(String name) {
    return c -> new ProductFields(name, c.barcode(), c.isFood(), c.classifications(), c.nutriFacts(),
        c.ingredients(), c.packageSize(), c.imageUrl(), c.score(), c.edibleYield());
  }

  static ProductPatch refer(Kind kind, UUID id) {
    return c -> {
      Map<Kind, UUID> refs = new EnumMap<>(c.classifications());
      refs.put(kind, id);
      return new ProductFields(c.name(), c.barcode(), c.isFood(), refs, c.nutriFacts(),
          c.ingredients(), c.packageSize(), c.imageUrl(), c.score(), c.edibleYield());
    };
  }
}
