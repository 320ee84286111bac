package catalog.domain.fakes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import catalog.domain.Conflict;
import catalog.domain.StaleVersion;
import catalog.domain.classification.Classification;
import catalog.domain.classification.ClassificationName;
import catalog.domain.classification.Kind;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InMemoryClassificationsTest {
  private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");

  private final InMemoryClassifications store = new InMemoryClassifications();

  private Classification add(Kind kind, String name) {
    Classification c = Classification.create(kind, new ClassificationName(name), T0);
    store.add(c);
    return c;
  }

  @Test
  void findIsByKindAndId() {
    Classification brand = add(Kind.BRAND, "Nestlé");
    assertEquals(Optional.of(brand), store.find(Kind.BRAND, brand.id()));
    assertEquals(Optional.empty(), store.find(Kind.SOURCE, brand.id()));
  }

  @Test
  void liveNameIsUniquePerKindIgnoringCase() {
    Classification brand = add(Kind.BRAND, "Nestlé");
    assertThrows(Conflict.class, () -> add(Kind.BRAND, "nestlé"));
    add(Kind.CATEGORY, "Nestlé");
    assertEquals(Optional.of(brand), store.findByName(Kind.BRAND, new ClassificationName("NESTLÉ")));
    store.update(brand.discard(T0));
    assertEquals(Optional.empty(), store.findByName(Kind.BRAND, new ClassificationName("Nestlé")));
    add(Kind.BRAND, "NESTLÉ");
  }

  @Test
  void listIsLiveOnlySortedByName() {
    Classification b = add(Kind.BRAND, "banana co");
    Classification a = add(Kind.BRAND, "Apple Inc");
    Classification c = add(Kind.BRAND, "Cherry");
    add(Kind.SOURCE, "Aardvark");
    store.update(add(Kind.BRAND, "Discarded").discard(T0));
    assertEquals(List.of(a, b, c), store.list(Kind.BRAND));
  }

  @Test
  void updateChecksTheVersionAndTheName() {
    add(Kind.SOURCE, "TBCA");
    Classification taco = add(Kind.SOURCE, "TACO");
    Classification saved = store.update(taco.renamed(new ClassificationName("Taco"), T0));
    assertEquals(2, saved.version());
    assertThrows(StaleVersion.class, () -> store.update(taco.renamed(new ClassificationName("T"), T0)));
    assertThrows(Conflict.class, () -> store.update(saved.renamed(new ClassificationName("tbca"), T0)));
    assertEquals(saved, store.find(Kind.SOURCE, taco.id()).orElseThrow());
  }
}
