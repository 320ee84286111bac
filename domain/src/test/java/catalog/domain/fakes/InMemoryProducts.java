package catalog.domain.fakes;

import catalog.domain.Conflict;
import catalog.domain.StaleVersion;
import catalog.domain.product.Product;
import catalog.domain.product.Products;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Map-backed {@link Products} that enforces what the table's constraints and version check do. */
public final class InMemoryProducts implements Products {
  private final Map<UUID, Product> rows = new LinkedHashMap<>();

  @Override
  public synchronized Optional<Product> find(UUID id) {
    return Optional.ofNullable(rows.get(id));
  }

  @Override
  public synchronized void add(Product product) {
    if (rows.containsKey(product.id())) {
      throw new Conflict("product " + product.id() + " already exists");
    }
    checkUnique(product);
    rows.put(product.id(), product);
  }

  @Override
  public synchronized Product update(Product product) {
    Product stored = rows.get(product.id());
    if (stored == null || stored.version() != product.version()) {
      throw new StaleVersion("product " + product.id(), product.version());
    }
    checkUnique(product);
    Product saved = new Product(product.id(), product.fields(), product.version() + 1,
        product.discarded(), product.createdAt(), product.updatedAt());
    rows.put(saved.id(), saved);
    return saved;
  }

  /** Every stored product, discarded ones included, in insertion order. */
  public synchronized List<Product> all() {
    return List.copyOf(rows.values());
  }

  /** Stores a row as it is, with no checks: for seeding a test and for publishing a commit. */
  public synchronized void put(Product product) {
    rows.put(product.id(), product);
  }

  /** An independent copy holding the same rows. */
  public synchronized InMemoryProducts copy() {
    InMemoryProducts copy = new InMemoryProducts();
    copy.rows.putAll(rows);
    return copy;
  }

  /** Rows of this store that are not the same in {@code base}: what was written since the copy. */
  public synchronized List<Product> changedSince(InMemoryProducts base) {
    List<Product> changed = new ArrayList<>();
    rows.values().forEach(p -> {
      if (!base.find(p.id()).equals(Optional.of(p))) {
        changed.add(p);
      }
    });
    return changed;
  }

  /** Like the partial unique index on (barcode, source_id) where not discarded. */
  private void checkUnique(Product product) {
    if (product.discarded() || product.fields().barcode() == null) {
      return;
    }
    boolean taken = rows.values().stream().anyMatch(other -> !other.discarded()
        && !other.id().equals(product.id())
        && Objects.equals(other.fields().barcode(), product.fields().barcode())
        && Objects.equals(other.fields().source(), product.fields().source()));
    if (taken) {
      throw new Conflict("a product with barcode " + product.fields().barcode()
          + " from source " + product.fields().source() + " already exists");
    }
  }
}
