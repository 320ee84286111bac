package catalog.domain.fakes;

import catalog.domain.ConcurrentUpdate;
import catalog.domain.classification.Classifications;
import catalog.domain.listing.ProductReads;
import catalog.domain.product.Products;
import catalog.domain.work.UnitOfWork;

/**
 * A {@link UnitOfWork} over in-memory stores that records what the use case did with it. Work is
 * done on copies taken at first use and reaches the shared stores only on {@link #commit()}, so a
 * test can check that nothing is kept without a commit.
 */
public final class FakeUnitOfWork implements UnitOfWork {
  private final InMemoryProducts storedProducts;
  private final InMemoryClassifications storedClassifications;
  private Staged staged;
  private int commits;
  private int rollbacks;
  private int failuresToInject;
  private boolean closed;

  public FakeUnitOfWork() {
    this(new InMemoryProducts(), new InMemoryClassifications());
  }

  /** A unit of work on shared stores, as several requests share one database. */
  public FakeUnitOfWork(InMemoryProducts products, InMemoryClassifications classifications) {
    this.storedProducts = products;
    this.storedClassifications = classifications;
  }

  @Override
  public Products products() {
    return begin().products;
  }

  @Override
  public Classifications classifications() {
    return begin().classifications;
  }

  @Override
  public ProductReads productReads() {
    return begin().reads;
  }

  @Override
  public void commit() {
    checkOpen();
    injectFailure();
    if (staged != null) {
      staged.products.changedSince(staged.baseProducts).forEach(storedProducts::put);
      staged.classifications.changedSince(staged.baseClassifications)
          .forEach(storedClassifications::put);
      staged = null;
    }
    commits++;
  }

  @Override
  public void rollback() {
    checkOpen();
    staged = null;
    rollbacks++;
  }

  @Override
  public void close() {
    if (!closed && staged != null) {
      rollback();
    }
    closed = true;
  }

  /** Makes the next {@code count} operations (store access or commit) throw {@link ConcurrentUpdate}. */
  public FakeUnitOfWork failNext(int count) {
    failuresToInject = count;
    return this;
  }

  /** The committed state: what another unit of work on the same stores would see. */
  public InMemoryProducts storedProducts() {
    return storedProducts;
  }

  public InMemoryClassifications storedClassifications() {
    return storedClassifications;
  }

  /** Reads over the committed state. */
  public ProductReads storedReads() {
    return new InMemoryProductReads(storedProducts, storedClassifications);
  }

  public boolean committed() {
    return commits > 0;
  }

  public int commits() {
    return commits;
  }

  public int rollbacks() {
    return rollbacks;
  }

  public boolean closed() {
    return closed;
  }

  private Staged begin() {
    checkOpen();
    injectFailure();
    if (staged == null) {
      staged = new Staged(storedProducts.copy(), storedClassifications.copy());
    }
    return staged;
  }

  private void injectFailure() {
    if (failuresToInject > 0) {
      failuresToInject--;
      throw new ConcurrentUpdate("injected by FakeUnitOfWork.failNext", null);
    }
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("unit of work is closed");
    }
  }

  /** The copies this transaction works on, and what they held when it began. */
  private static final class Staged {
    final InMemoryProducts baseProducts;
    final InMemoryClassifications baseClassifications;
    final InMemoryProducts products;
    final InMemoryClassifications classifications;
    final ProductReads reads;

    Staged(InMemoryProducts baseProducts, InMemoryClassifications baseClassifications) {
      this.baseProducts = baseProducts;
      this.baseClassifications = baseClassifications;
      this.products = baseProducts.copy();
      this.classifications = baseClassifications.copy();
      this.reads = new InMemoryProductReads(products, classifications);
    }
  }
}
