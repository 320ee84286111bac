package catalog.domain.importing;

/** The rows of one import, read one at a time so that an import never holds its whole input. */
@FunctionalInterface
public interface ImportRows {

  /**
   * The next row, or {@code null} after the last one. Classification names are turned into ids
   * through {@code names}; a row that breaks a rule comes back as {@link ImportRow.Invalid}.
   */
  ImportRow next(ClassificationIds names);
}
