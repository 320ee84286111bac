package catalog.domain.fakes;

import catalog.domain.Conflict;
import catalog.domain.StaleVersion;
import catalog.domain.classification.Classification;
import catalog.domain.classification.ClassificationName;
import catalog.domain.classification.Classifications;
import catalog.domain.classification.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Map-backed {@link Classifications}: one live name per kind, ignoring case, and a version check. */
public final class InMemoryClassifications implements Classifications {
  private static final Comparator<Classification> BY_NAME =
      Comparator.comparing((Classification c) -> c.name().folded())
          .thenComparing(c -> c.name().value())
          .thenComparing(c -> c.id().toString());

  private final Map<UUID, Classification> rows = new LinkedHashMap<>();

  @Override
  public synchronized Optional<Classification> find(Kind kind, UUID id) {
    return Optional.ofNullable(rows.get(id)).filter(c -> c.kind() == kind);
  }

  @Override
  public synchronized Optional<Classification> findByName(Kind kind, ClassificationName name) {
    return rows.values().stream()
        .filter(c -> c.kind() == kind && !c.discarded() && c.name().folded().equals(name.folded()))
        .findFirst();
  }

  @Override
  public synchronized List<Classification> list(Kind kind) {
    return rows.values().stream()
        .filter(c -> c.kind() == kind && !c.discarded())
        .sorted(BY_NAME)
        .toList();
  }

  @Override
  public synchronized void add(Classification classification) {
    if (rows.containsKey(classification.id())) {
      throw new Conflict(classification.kind().key() + " " + classification.id() + " already exists");
    }
    checkUnique(classification);
    rows.put(classification.id(), classification);
  }

  @Override
  public synchronized Classification update(Classification classification) {
    Classification stored = rows.get(classification.id());
    if (stored == null || stored.kind() != classification.kind()
        || stored.version() != classification.version()) {
      throw new StaleVersion(classification.kind().key() + " " + classification.id(),
          classification.version());
    }
    checkUnique(classification);
    Classification saved = new Classification(classification.id(), classification.kind(),
        classification.name(), classification.version() + 1, classification.discarded(),
        classification.createdAt(), classification.updatedAt());
    rows.put(saved.id(), saved);
    return saved;
  }

  /** Every stored classification of every kind, discarded ones included, in insertion order. */
  public synchronized List<Classification> all() {
    return List.copyOf(rows.values());
  }

  /** Stores a row as it is, with no checks: for seeding a test and for publishing a commit. */
  public synchronized void put(Classification classification) {
    rows.put(classification.id(), classification);
  }

  /** An independent copy holding the same rows. */
  public synchronized InMemoryClassifications copy() {
    InMemoryClassifications copy = new InMemoryClassifications();
    copy.rows.putAll(rows);
    return copy;
  }

  /** Rows of this store that are not the same in {@code base}: what was written since the copy. */
  public synchronized List<Classification> changedSince(InMemoryClassifications base) {
    List<Classification> changed = new ArrayList<>();
    rows.values().forEach(c -> {
      if (!base.find(c.kind(), c.id()).equals(Optional.of(c))) {
        changed.add(c);
      }
    });
    return changed;
  }

  /** Like the partial unique index on (kind, lower(name)) where not discarded. */
  private void checkUnique(Classification classification) {
    if (classification.discarded()) {
      return;
    }
    boolean taken = rows.values().stream().anyMatch(other -> !other.discarded()
        && other.kind() == classification.kind()
        && !other.id().equals(classification.id())
        && other.name().folded().equals(classification.name().folded()));
    if (taken) {
      throw new Conflict("a " + classification.kind().key() + " named '"
          + classification.name() + "' already exists");
    }
  }
}
