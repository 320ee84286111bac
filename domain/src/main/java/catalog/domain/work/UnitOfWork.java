package catalog.domain.work;

import catalog.domain.classification.Classifications;
import catalog.domain.listing.ProductReads;
import catalog.domain.product.Products;

/**
 * Port: one atomic piece of work against the store. Nothing it does is kept unless {@link #commit()}
 * is called; {@link #close()} rolls back otherwise and releases whatever it holds.
 */
public interface UnitOfWork extends AutoCloseable {

  Products products();

  Classifications classifications();

  ProductReads productReads();

  /** Makes everything done so far permanent. */
  void commit();

  /** Discards everything not committed; the unit of work can be used again afterwards. */
  void rollback();

  /** Rolls back unless committed and releases the connection; safe to call more than once. */
  @Override
  void close();
}
