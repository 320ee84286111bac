package catalog.infra.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import catalog.domain.classification.Kind;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Names are given only for the generation they were read in, and a newer generation replaces them. */
class ClassificationNamesTest {
  private static final UUID A = UUID.randomUUID();
  private static final UUID B = UUID.randomUUID();

  private final ClassificationNames names = new ClassificationNames();

  @Test
  void givesWhatWasLearnedForTheSameGenerationOnly() {
    names.learn(3, read(Kind.BRAND, A, "Aurora"));
    assertEquals(Map.of(A, "Aurora"), lookUp(3, Kind.BRAND, A).get(Kind.BRAND));
    assertEquals(Map.of(), lookUp(2, Kind.BRAND, A).get(Kind.BRAND));
    assertEquals(Map.of(), lookUp(4, Kind.BRAND, A).get(Kind.BRAND));
    assertEquals(Map.of(), lookUp(3, Kind.SOURCE, A).get(Kind.SOURCE), "kinds are kept apart");
  }

  @Test
  void leavesWhatItDoesNotKnowToBeRead() {
    names.learn(1, read(Kind.BRAND, A, "Aurora"));
    Map<Kind, Set<UUID>> wanted = wanted(Kind.BRAND, A, B);
    Map<Kind, Map<UUID, String>> found = found();
    names.lookUp(1, wanted, found);
    assertEquals(Set.of(B), wanted.get(Kind.BRAND));
    assertEquals(Map.of(A, "Aurora"), found.get(Kind.BRAND));
    assertEquals(1, names.hits());
    assertEquals(1, names.misses());
  }

  @Test
  void aNewerGenerationReplacesAnOlderOneAndAnOlderOneIsNotKept() {
    names.learn(1, read(Kind.BRAND, A, "Aurora"));
    names.learn(2, read(Kind.BRAND, B, "Zelo"));
    assertEquals(2, names.generation());
    assertEquals(Map.of(B, "Zelo"), lookUp(2, Kind.BRAND, A, B).get(Kind.BRAND));
    names.learn(1, read(Kind.BRAND, A, "Aurora (old)"));
    assertEquals(2, names.generation());
    assertEquals(Map.of(), lookUp(2, Kind.BRAND, A).get(Kind.BRAND));
  }

  @Test
  void keepsTheFirstNameLearnedForAnIdInAGeneration() {
    names.learn(5, read(Kind.CATEGORY, A, "Fish"));
    names.learn(5, read(Kind.CATEGORY, A, "Fish"));
    assertEquals(Map.of(A, "Fish"), lookUp(5, Kind.CATEGORY, A).get(Kind.CATEGORY));
  }

  @Test
  void keepsNoMoreThanItsLimit() {
    Map<UUID, String> many = new HashMap<>();
    for (int i = 0; i < ClassificationNames.MAX_NAMES + 10; i++) {
      many.put(UUID.randomUUID(), "brand " + i);
    }
    Map<Kind, Map<UUID, String>> read = new EnumMap<>(Kind.class);
    read.put(Kind.BRAND, many);
    names.learn(1, read);
    Map<Kind, Set<UUID>> wanted = new EnumMap<>(Kind.class);
    wanted.put(Kind.BRAND, new LinkedHashSet<>(many.keySet()));
    Map<Kind, Map<UUID, String>> found = found();
    names.lookUp(1, wanted, found);
    assertEquals(ClassificationNames.MAX_NAMES, found.get(Kind.BRAND).size());
    assertEquals(10, wanted.get(Kind.BRAND).size());
  }

  private Map<Kind, Map<UUID, String>> lookUp(long generation, Kind kind, UUID... ids) {
    Map<Kind, Map<UUID, String>> found = found();
    names.lookUp(generation, wanted(kind, ids), found);
    return found;
  }

  private static Map<Kind, Set<UUID>> wanted(Kind kind, UUID... ids) {
    Map<Kind, Set<UUID>> wanted = new EnumMap<>(Kind.class);
    for (Kind k : Kind.values()) {
      wanted.put(k, new LinkedHashSet<>());
    }
    wanted.get(kind).addAll(List.of(ids));
    return wanted;
  }

  private static Map<Kind, Map<UUID, String>> found() {
    Map<Kind, Map<UUID, String>> found = new EnumMap<>(Kind.class);
    for (Kind k : Kind.values()) {
      found.put(k, new HashMap<>());
    }
    return found;
  }

  private static Map<Kind, Map<UUID, String>> read(Kind kind, UUID id, String name) {
    Map<Kind, Map<UUID, String>> read = new EnumMap<>(Kind.class);
    read.put(kind, Map.of(id, name));
    return read;
  }
}
