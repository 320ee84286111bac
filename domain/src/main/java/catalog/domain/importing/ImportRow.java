package catalog.domain.importing;

import catalog.domain.product.ProductFields;
import java.util.Objects;

/** One row of an import, by its line in the input: valid product fields, or why it is not one. */
public sealed interface ImportRow {

  long line();

  /** A row whose fields hold every rule of the model that needs no store. */
  record Valid(long line, ProductFields fields) implements ImportRow {
    public Valid {
      Objects.requireNonNull(fields, "fields");
    }
  }

  /** A row that cannot be a product, and why, as shown to the caller. */
  record Invalid(long line, String detail) implements ImportRow {
    public Invalid {
      Objects.requireNonNull(detail, "detail");
    }
  }
}
