package catalog.domain.classification;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A source, brand, category, parent category, food group or process type. */
public record Classification(
    UUID id,
    Kind kind,
    ClassificationName name,
    long version,
    boolean discarded,
    Instant createdAt,
    Instant updatedAt) {

  public Classification {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    if (version < 1) {
      throw new IllegalArgumentException("version starts at 1");
    }
  }

  public static Classification create(Kind kind, ClassificationName name, Instant now) {
    return new Classification(UUID.randomUUID(), kind, name, 1, false, now, now);
  }

  public Classification renamed(ClassificationName newName, Instant now) {
    return new Classification(id, kind, newName, version, discarded, createdAt, now);
  }

  public Classification discard(Instant now) {
    return new Classification(id, kind, name, version, true, createdAt, now);
  }
}
