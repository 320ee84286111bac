package catalog.domain.importing;

/** Whether an import keeps its valid rows when others fail, or keeps nothing unless every row is good. */
public enum ImportMode {
  /** Valid rows are added; failed rows are reported. */
  EACH_ROW,
  /** All rows are added, or none when any row fails. */
  ATOMIC
}
