package catalog.domain.product;

import catalog.domain.classification.Kind;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Read model of a product: its fields with the classifications' names resolved. */
public record ProductView(
    UUID id,
    ProductFields fields,
    Map<Kind, ClassificationRef> classifications,
    long version,
    boolean discarded,
    Instant createdAt,
    Instant updatedAt) {

  public ClassificationRef classification(Kind kind) {
    return classifications.get(kind);
  }
}
