package catalog.domain.product;

import catalog.domain.Check;
import catalog.domain.InvalidInput;

/** A product's quality score: final, ingredients and nutrients parts, each 0 to 100 when given. */
public record Score(Double overall, Double ingredients, Double nutrients) {
  public Score {
    if (overall == null && ingredients == null && nutrients == null) {
      throw new InvalidInput("score", "must have at least one of final, ingredients, nutrients (or be null)");
    }
    if (overall != null) {
      overall = Check.range("score.final", overall, 0, 100);
    }
    if (ingredients != null) {
      ingredients = Check.range("score.ingredients", ingredients, 0, 100);
    }
    if (nutrients != null) {
      nutrients = Check.range("score.nutrients", nutrients, 0, 100);
    }
  }
}
