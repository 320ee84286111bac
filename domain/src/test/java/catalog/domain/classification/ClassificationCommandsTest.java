package catalog.domain.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import catalog.domain.Conflict;
import catalog.domain.NotFound;
import catalog.domain.StaleVersion;
import catalog.domain.Versions;
import catalog.domain.fakes.FakeUnitOfWork;
import catalog.domain.fakes.InMemoryClassifications;
import catalog.domain.fakes.InMemoryProducts;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ClassificationCommandsTest {
  private static final Instant NOW = Instant.parse("2024-05-01T10:00:00.987654321Z");
  private static final Instant NOW_MICROS = Instant.parse("2024-05-01T10:00:00.987654Z");

  private final InMemoryClassifications stored = new InMemoryClassifications();
  private final InMemoryProducts products = new InMemoryProducts();
  private final ClassificationCommands commands = new ClassificationCommands(Clock.fixed(NOW, ZoneOffset.UTC));
  private final FakeUnitOfWork uow = uow();

  private FakeUnitOfWork uow() {
    return new FakeUnitOfWork(products, stored);
  }

  private Classification added(Kind kind, String name) {
    try (FakeUnitOfWork own = uow()) {
      return commands.add(own, kind, new ClassificationName(name));
    }
  }

  private static ClassificationName name(String value) {
    return new ClassificationName(value);
  }

  @Test
  void addStoresALiveClassificationAtVersionOneAndCommits() {
    Classification brand = commands.add(uow, Kind.BRAND, name(" Nestlé "));
    assertEquals(1, uow.commits());
    assertEquals("Nestlé", brand.name().value());
    assertEquals(1, brand.version());
    assertEquals(NOW_MICROS, brand.createdAt());
    assertEquals(List.of(brand), stored.list(Kind.BRAND));
  }

  @Test
  void sameNameInTheSameKindIsAConflictWhateverTheCase() {
    added(Kind.BRAND, "Nestlé");
    assertThrows(Conflict.class, () -> commands.add(uow, Kind.BRAND, name("NESTLÉ")));
    uow.close();
    assertFalse(uow.committed());
    assertEquals(1, stored.all().size());
  }

  @Test
  void sameNameIsFineInAnotherKindOrOnceDiscarded() {
    Classification first = added(Kind.BRAND, "Organic");
    added(Kind.CATEGORY, "Organic");
    commands.discard(uow(), Kind.BRAND, first.id(), Versions.ANY);
    Classification again = added(Kind.BRAND, "organic");
    assertEquals(List.of(again), stored.list(Kind.BRAND));
  }

  @Test
  void renameWithTheExpectedVersion() {
    Classification brand = added(Kind.BRAND, "Nestle");
    Classification renamed = commands.rename(uow, Kind.BRAND, brand.id(), name("Nestlé"), Versions.of(1));
    assertEquals("Nestlé", renamed.name().value());
    assertEquals(2, renamed.version());
    assertEquals(1, uow.commits());
    assertEquals(renamed, stored.find(Kind.BRAND, brand.id()).orElseThrow());
  }

  @Test
  void renameWithAStaleVersionKeepsTheOldName() {
    Classification brand = added(Kind.BRAND, "Nestle");
    StaleVersion e = assertThrows(StaleVersion.class,
        () -> commands.rename(uow, Kind.BRAND, brand.id(), name("Nestlé"), Versions.of(2)));
    assertEquals(Versions.of(2), e.expected());
    assertEquals("Nestle", stored.find(Kind.BRAND, brand.id()).orElseThrow().name().value());
  }

  @Test
  void renameToTheSameNameChangesNothingButACaseChangeIsARename() {
    Classification brand = added(Kind.BRAND, "nestle");
    assertEquals(brand, commands.rename(uow, Kind.BRAND, brand.id(), name(" nestle "), Versions.ANY));
    assertFalse(uow.committed());
    Classification renamed = commands.rename(uow, Kind.BRAND, brand.id(), name("Nestle"), Versions.ANY);
    assertEquals(2, renamed.version());
  }

  @Test
  void renameToAnotherLiveNameIsAConflict() {
    added(Kind.SOURCE, "TBCA");
    Classification taco = added(Kind.SOURCE, "TACO");
    assertThrows(Conflict.class,
        () -> commands.rename(uow, Kind.SOURCE, taco.id(), name("tbca"), Versions.ANY));
    assertFalse(uow.committed());
  }

  @Test
  void renameOfUnknownOrOtherKindIsNotFound() {
    assertThrows(NotFound.class,
        () -> commands.rename(uow, Kind.BRAND, UUID.randomUUID(), name("New"), Versions.ANY));
    Classification live = added(Kind.BRAND, "Live");
    assertThrows(NotFound.class,
        () -> commands.rename(uow, Kind.CATEGORY, live.id(), name("New"), Versions.ANY));
  }

  /** As for products: a discarded one is still there (GET answers it), so renaming it is a conflict. */
  @Test
  void renameOfDiscardedIsAConflict() {
    Classification brand = added(Kind.BRAND, "Old");
    commands.discard(uow(), Kind.BRAND, brand.id(), Versions.ANY);
    assertThrows(Conflict.class,
        () -> commands.rename(uow, Kind.BRAND, brand.id(), name("New"), Versions.ANY));
    assertFalse(uow.committed());
    assertEquals("Old", stored.find(Kind.BRAND, brand.id()).orElseThrow().name().value());
  }

  @Test
  void discardIsIdempotent() {
    Classification brand = added(Kind.BRAND, "Gone");
    commands.discard(uow, Kind.BRAND, brand.id(), Versions.of(1));
    assertEquals(1, uow.commits());
    commands.discard(uow, Kind.BRAND, brand.id(), Versions.ANY);
    assertEquals(1, uow.commits());
    Classification discarded = stored.find(Kind.BRAND, brand.id()).orElseThrow();
    assertTrue(discarded.discarded());
    assertEquals(2, discarded.version());
    assertTrue(stored.list(Kind.BRAND).isEmpty());
  }

  @Test
  void discardChecksVersionAndExistence() {
    Classification brand = added(Kind.BRAND, "Kept");
    assertThrows(StaleVersion.class,
        () -> commands.discard(uow, Kind.BRAND, brand.id(), Versions.of(3)));
    assertThrows(NotFound.class,
        () -> commands.discard(uow, Kind.BRAND, UUID.randomUUID(), Versions.ANY));
    assertThrows(NotFound.class,
        () -> commands.discard(uow, Kind.SOURCE, brand.id(), Versions.ANY));
    assertFalse(stored.find(Kind.BRAND, brand.id()).orElseThrow().discarded());
  }
}
