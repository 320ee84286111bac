package catalog.infra.db;

/** How an import explains a row it did not insert although the row itself is valid. */
final class ImportDetails {
  static final String TAKEN = SqlErrors.BARCODE_TAKEN.field() + ": " + SqlErrors.BARCODE_TAKEN.message();

  private ImportDetails() {}

  static String repeats(long line) {
    return "barcode: repeats the barcode and source of line " + line + " of this import";
  }
}
