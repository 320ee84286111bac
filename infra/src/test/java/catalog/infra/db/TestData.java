package catalog.infra.db;

import catalog.domain.classification.Classification;
import catalog.domain.classification.ClassificationName;
import catalog.domain.classification.Kind;
import catalog.domain.product.NutriFacts;
import catalog.domain.product.Nutrient;
import catalog.domain.product.PackageSize;
import catalog.domain.product.PackageUnit;
import catalog.domain.product.Product;
import catalog.domain.product.ProductFields;
import catalog.domain.product.Score;
import catalog.domain.work.UnitOfWork;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/** Unique names and committed rows for integration tests that share one database. */
final class TestData {
  private TestData() {}

  /** {@code prefix} with a random suffix, so tests never collide on the shared database. */
  static String unique(String prefix) {
    return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  static String uniqueBarcode() {
    return "bc" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
  }

  /** Now, at the microsecond precision PostgreSQL keeps. */
  static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }

  /** Runs {@code work} in a unit of work of its own and commits. */
  static void committed(Database db, Consumer<UnitOfWork> work) {
    try (UnitOfWork uow = db.newUnitOfWork()) {
      work.accept(uow);
      uow.commit();
    }
  }

  static Classification classification(Database db, Kind kind, String name) {
    Classification c = Classification.create(kind, new ClassificationName(name), now());
    committed(db, uow -> uow.classifications().add(c));
    return c;
  }

  /** A live classification of every kind, each with a unique name. */
  static Map<Kind, Classification> classificationOfEveryKind(Database db) {
    Map<Kind, Classification> all = new EnumMap<>(Kind.class);
    for (Kind kind : Kind.values()) {
      all.put(kind, classification(db, kind, unique(kind.key())));
    }
    return all;
  }

  static Map<Kind, UUID> ids(Map<Kind, Classification> classifications) {
    Map<Kind, UUID> ids = new EnumMap<>(Kind.class);
    classifications.forEach((kind, c) -> ids.put(kind, c.id()));
    return ids;
  }

  static ProductFields fields(String name, String barcode, Map<Kind, UUID> refs) {
    return new ProductFields(name, barcode, true, refs, null, null, null, null, null, null);
  }

  static ProductFields fields(String name, String barcode, UUID source) {
    return fields(name, barcode, Map.of(Kind.SOURCE, source));
  }

  /** Every field set: all nutrients (distinct values, one of them zero), package size, score, yield. */
  static ProductFields fullFields(String name, String barcode, Map<Kind, UUID> refs) {
    Map<Nutrient, Double> nutrients = new EnumMap<>(Nutrient.class);
    for (Nutrient n : Nutrient.values()) {
      nutrients.put(n, n.ordinal() == 0 ? 0.0 : n.ordinal() * 1.25 + 0.1 + 0.2);
    }
    return new ProductFields(name, barcode, false, refs, new NutriFacts(nutrients),
        "water, sugar, salt", new PackageSize(330.5, PackageUnit.ML), "https://img.example.com/p.png",
        new Score(87.5, null, 12.25), 0.875);
  }

  static Product product(Database db, ProductFields fields, Instant createdAt, Instant updatedAt) {
    Product p = new Product(UUID.randomUUID(), fields, 1, false, createdAt, updatedAt);
    committed(db, uow -> uow.products().add(p));
    return p;
  }

  static Product product(Database db, ProductFields fields) {
    Instant now = now();
    return product(db, fields, now, now);
  }

  static Product discarded(Database db, Product product) {
    Product[] stored = new Product[1];
    committed(db, uow -> stored[0] = uow.products().update(product.discard(product.updatedAt())));
    return stored[0];
  }

  /** The unit of work's own connection (borrowing it if it has none yet). */
  static Connection connectionOf(UnitOfWork uow) {
    return ((JdbcUnitOfWork) uow).connection();
  }

  /** The first column of the first row of {@code sql}. */
  static String query(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      if (!rs.next()) {
        throw new AssertionError("no row from " + sql);
      }
      return rs.getString(1);
    }
  }
}
