package catalog.domain.classification;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: the stored classifications of every kind. */
public interface Classifications {

  Optional<Classification> find(Kind kind, UUID id);

  /** The live (not discarded) classification of that kind with that name, ignoring case. */
  Optional<Classification> findByName(Kind kind, ClassificationName name);

  /** Live classifications of a kind, sorted by name. */
  List<Classification> list(Kind kind);

  /** Stores a new one; a live one of the same kind and name is a {@link catalog.domain.Conflict}. */
  void add(Classification classification);

  /**
   * Stores a changed one if its stored version still equals {@code classification.version()};
   * returns it at the next version, or throws {@link catalog.domain.StaleVersion}.
   */
  Classification update(Classification classification);
}
