package catalog.domain.product;

import java.util.Arrays;
import java.util.Optional;

/** Units nutrient values are given in. */
public enum NutrientUnit {
  G("g"),
  MG("mg"),
  UG("ug"),
  KCAL("kcal"),
  KJ("kJ");

  private final String symbol;

  NutrientUnit(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }

  public static Optional<NutrientUnit> fromSymbol(String symbol) {
    return Arrays.stream(values()).filter(u -> u.symbol.equals(symbol)).findFirst();
  }
}
