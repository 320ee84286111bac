package catalog.infra.db;

import catalog.domain.classification.Kind;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * The names of the classifications lists have shown, by kind and id, for one generation of the names
 * (migration V8: renaming or deleting a classification bumps the generation in the same transaction, so
 * two snapshots that see the same generation see the same names). A page asks for its ids with the
 * generation its own statement saw; the names it is told were read in a snapshot of that generation.
 * Names are learned with the generation of the statement that read them; a newer generation replaces
 * what is kept, an older one is not kept. One per {@link Database}, shared by its units of work.
 */
final class ClassificationNames {
  /** About this many names are kept at most; past it, pages read the rest from the database each time. */
  static final int MAX_NAMES = 20_000;

  private final AtomicReference<Known> known = new AtomicReference<>(new Known(Long.MIN_VALUE));
  private final LongAdder hits = new LongAdder();
  private final LongAdder misses = new LongAdder();

  /** The names of one generation; written by learners, read by pages of the same generation. */
  private record Known(long generation, Map<Kind, Map<UUID, String>> names) {
    Known(long generation) {
      this(generation, new EnumMap<>(Kind.class));
      for (Kind kind : Kind.values()) {
        names.put(kind, new ConcurrentHashMap<>());
      }
    }

    int size() {
      int n = 0;
      for (Map<UUID, String> m : names.values()) {
        n += m.size();
      }
      return n;
    }
  }

  /**
   * Puts the names known for {@code generation} of the ids in {@code wanted} into {@code found}, and
   * removes them from {@code wanted}: what is left there must be read from the database.
   */
  void lookUp(long generation, Map<Kind, Set<UUID>> wanted, Map<Kind, Map<UUID, String>> found) {
    Known k = known.get();
    int given = 0;
    int left = 0;
    for (Map.Entry<Kind, Set<UUID>> e : wanted.entrySet()) {
      Set<UUID> ids = e.getValue();
      if (k.generation() == generation) {
        Map<UUID, String> names = k.names().get(e.getKey());
        Map<UUID, String> into = found.get(e.getKey());
        int before = ids.size();
        ids.removeIf(id -> {
          String name = names.get(id);
          if (name != null) {
            into.put(id, name);
          }
          return name != null;
        });
        given += before - ids.size();
      }
      left += ids.size();
    }
    hits.add(given);
    misses.add(left);
  }

  /** Keeps names read in a snapshot of {@code generation}, unless a newer generation is kept already. */
  void learn(long generation, Map<Kind, Map<UUID, String>> names) {
    Known k = known.get();
    while (k.generation() < generation) {
      Known fresh = new Known(generation);
      if (known.compareAndSet(k, fresh)) {
        k = fresh;
        break;
      }
      k = known.get();
    }
    if (k.generation() != generation) {
      return;
    }
    int room = MAX_NAMES - k.size();
    for (Map.Entry<Kind, Map<UUID, String>> e : names.entrySet()) {
      Map<UUID, String> kept = k.names().get(e.getKey());
      for (Map.Entry<UUID, String> name : e.getValue().entrySet()) {
        if (room <= 0) {
          return;
        }
        if (kept.putIfAbsent(name.getKey(), name.getValue()) == null) {
          room--;
        }
      }
    }
  }

  /** How many names pages were given from here, and how many they had to read. */
  long hits() {
    return hits.sum();
  }

  long misses() {
    return misses.sum();
  }

  /** The generation whose names are kept ({@link Long#MIN_VALUE} before any). */
  long generation() {
    return known.get().generation();
  }
}
