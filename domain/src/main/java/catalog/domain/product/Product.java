package catalog.domain.product;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** The product aggregate: its fields plus identity, version, soft-delete flag and timestamps. */
public record Product(
    UUID id,
    ProductFields fields,
    long version,
    boolean discarded,
    Instant createdAt,
    Instant updatedAt) {

  public Product {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(fields, "fields");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    if (version < 1) {
      throw new IllegalArgumentException("version starts at 1");
    }
  }

  public static Product create(ProductFields fields, Instant now) {
    return new Product(UUID.randomUUID(), fields, 1, false, now, now);
  }

  public Product withFields(ProductFields changed, Instant now) {
    return new Product(id, changed, version, discarded, createdAt, now);
  }

  public Product discard(Instant now) {
    return new Product(id, fields, version, true, createdAt, now);
  }
}
