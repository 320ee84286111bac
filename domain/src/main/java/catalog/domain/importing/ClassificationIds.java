package catalog.domain.importing;

import catalog.domain.classification.ClassificationName;
import catalog.domain.classification.Kind;
import java.util.UUID;

/** Turns the classification names an import row gives into ids. */
@FunctionalInterface
public interface ClassificationIds {

  /**
   * The id of the live classification of that kind with that name, ignoring case; one is created
   * when there is none. One created for rows that all fail is not kept.
   */
  UUID idOf(Kind kind, ClassificationName name);
}
