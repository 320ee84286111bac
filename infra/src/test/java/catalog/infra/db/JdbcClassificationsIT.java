package catalog.infra.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import catalog.domain.Conflict;
import catalog.domain.StaleVersion;
import catalog.domain.Versions;
import catalog.domain.classification.Classification;
import catalog.domain.classification.ClassificationName;
import catalog.domain.classification.Kind;
import catalog.domain.work.UnitOfWork;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Classifications of every kind: stored, found by id and by name, listed, and updated under a version check. */
class JdbcClassificationsIT {
  private static Database database;

  @BeforeAll
  static void open() {
    database = Databases.open();
  }

  @AfterAll
  static void close() {
    database.close();
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void addedOneIsFoundByIdExactlyAsStored(Kind kind) {
    Classification c = TestData.classification(database, kind, TestData.unique("Find"));
    assertEquals(c, find(kind, c.id()));
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void findByNameIgnoresCase(Kind kind) {
    String name = TestData.unique("MixedCase Name");
    Classification c = TestData.classification(database, kind, name);
    try (UnitOfWork uow = database.newUnitOfWork()) {
      assertEquals(c, uow.classifications().findByName(kind, new ClassificationName(name.toUpperCase())).orElseThrow());
      assertEquals(c, uow.classifications().findByName(kind, new ClassificationName(name.toLowerCase())).orElseThrow());
    }
  }

  @Test
  void findByNameLooksOnlyAtTheKindAsked() {
    String name = TestData.unique("OnlyBrand");
    TestData.classification(database, Kind.BRAND, name);
    try (UnitOfWork uow = database.newUnitOfWork()) {
      assertTrue(uow.classifications().findByName(Kind.CATEGORY, new ClassificationName(name)).isEmpty());
    }
  }

  @Test
  void unknownIdOrNameFindsNothing() {
    try (UnitOfWork uow = database.newUnitOfWork()) {
      assertTrue(uow.classifications().find(Kind.SOURCE, UUID.randomUUID()).isEmpty());
      assertTrue(uow.classifications().findByName(Kind.SOURCE, new ClassificationName(TestData.unique("none"))).isEmpty());
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void listHasTheLiveOnesOfTheKindSortedByNameIgnoringCase(Kind kind) {
    String tag = TestData.unique("list");
    Classification b = TestData.classification(database, kind, "b " + tag);
    Classification a = TestData.classification(database, kind, "A " + tag);
    Classification c = TestData.classification(database, kind, "C " + tag);
    Classification gone = TestData.classification(database, kind, "D " + tag);
    update(gone.discard(TestData.now()));

    List<Classification> listed;
    try (UnitOfWork uow = database.newUnitOfWork()) {
      listed = uow.classifications().list(kind).stream().filter(x -> x.name().value().endsWith(tag)).toList();
    }
    assertEquals(List.of(a, b, c), listed);
  }

  @Test
  void updateBumpsTheVersionAndStoresTheChange() {
    Classification c = TestData.classification(database, Kind.CATEGORY, TestData.unique("Before"));
    Instant later = c.updatedAt().plusSeconds(60);
    Classification renamed = update(c.renamed(new ClassificationName(TestData.unique("After")), later));

    assertEquals(2, renamed.version());
    assertEquals(later, renamed.updatedAt());
    assertEquals(c.createdAt(), renamed.createdAt());
    assertEquals(renamed, find(Kind.CATEGORY, c.id()));
  }

  @Test
  void updateAtAStaleVersionIsRefusedAndChangesNothing() {
    Classification c = TestData.classification(database, Kind.FOOD_GROUP, TestData.unique("Locked"));
    Classification current = update(c.renamed(new ClassificationName(TestData.unique("First")), TestData.now()));

    StaleVersion stale = assertThrows(StaleVersion.class,
        () -> update(c.renamed(new ClassificationName(TestData.unique("Second")), TestData.now())));
    assertEquals(Versions.of(1), stale.expected());
    assertEquals(current, find(Kind.FOOD_GROUP, c.id()));
  }

  @Test
  void updateOfAnUnknownOneIsStale() {
    Classification never = Classification.create(Kind.BRAND, new ClassificationName(TestData.unique("never")), TestData.now());
    assertThrows(StaleVersion.class, () -> update(never));
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aLiveNameTakenInAnyCaseIsAConflict(Kind kind) {
    String name = TestData.unique("Taken");
    TestData.classification(database, kind, name);
    Conflict conflict = assertThrows(Conflict.class,
        () -> TestData.classification(database, kind, name.toUpperCase()));
    assertTrue(conflict.getMessage().contains("name"), conflict.getMessage());
  }

  @Test
  void theSameNameInAnotherKindIsFine() {
    String name = TestData.unique("Shared");
    TestData.classification(database, Kind.BRAND, name);
    Classification category = TestData.classification(database, Kind.CATEGORY, name);
    assertEquals(category, find(Kind.CATEGORY, category.id()));
  }

  @Test
  void renamingOntoALiveNameIsAConflict() {
    String taken = TestData.unique("Occupied");
    TestData.classification(database, Kind.PROCESS_TYPE, taken);
    Classification other = TestData.classification(database, Kind.PROCESS_TYPE, TestData.unique("Other"));
    assertThrows(Conflict.class, () -> update(other.renamed(new ClassificationName(taken.toLowerCase()), TestData.now())));
    assertEquals(other, find(Kind.PROCESS_TYPE, other.id()));
  }

  @Test
  void aDiscardedNameMayBeUsedAgain() {
    String name = TestData.unique("Reusable");
    Classification old = TestData.classification(database, Kind.PARENT_CATEGORY, name);
    Classification discarded = update(old.discard(TestData.now()));

    Classification again = TestData.classification(database, Kind.PARENT_CATEGORY, name);

    assertEquals(discarded, find(Kind.PARENT_CATEGORY, old.id()));
    assertTrue(discarded.discarded());
    try (UnitOfWork uow = database.newUnitOfWork()) {
      assertEquals(again, uow.classifications().findByName(Kind.PARENT_CATEGORY, new ClassificationName(name)).orElseThrow());
    }
  }

  private static Classification find(Kind kind, UUID id) {
    try (UnitOfWork uow = database.newUnitOfWork()) {
      return uow.classifications().find(kind, id).orElseThrow();
    }
  }

  private static Classification update(Classification changed) {
    Classification[] saved = new Classification[1];
    TestData.committed(database, uow -> saved[0] = uow.classifications().update(changed));
    return saved[0];
  }
}
