package catalog.domain.product;

import java.util.Arrays;
import java.util.Optional;

/** Units a package size may be given in. */
public enum PackageUnit {
  MG("mg"),
  G("g"),
  KG("kg"),
  ML("ml"),
  L("l"),
  UNIT("unit");

  private final String symbol;

  PackageUnit(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }

  public static Optional<PackageUnit> fromSymbol(String symbol) {
    return Arrays.stream(values()).filter(u -> u.symbol.equals(symbol)).findFirst();
  }

  public static String accepted() {
    return String.join(", ", Arrays.stream(values()).map(PackageUnit::symbol).toList());
  }
}
