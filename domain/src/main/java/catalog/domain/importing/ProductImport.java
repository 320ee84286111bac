package catalog.domain.importing;

/**
 * Port: adds many products in one transaction of its own, row by row as {@link ImportRows} yields
 * them, and reports each row it could not add. Rows are never silently dropped: each one is either
 * counted as inserted or reported as failed with its line.
 */
public interface ProductImport {

  /**
   * Reads every row and adds the valid ones. In {@link ImportMode#ATOMIC} mode any failed row rolls
   * everything back (the report says so); otherwise the valid rows are committed before this returns.
   */
  ImportReport run(ImportRows rows, ImportMode mode);
}
