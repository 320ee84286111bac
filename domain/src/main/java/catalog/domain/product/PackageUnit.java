package catalog.domain.product;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

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

  /** Looked up for every stored product read, so a map rather than a search of the values. */
  public static Optional<PackageUnit> fromSymbol(String symbol) {
    return Optional.ofNullable(symbol == null ? null : BY_SYMBOL.get(symbol));
  }

  public static String accepted() {
    return String.join(", ", Arrays.stream(values()).map(PackageUnit::symbol).toList());
  }

  private static final Map<String, PackageUnit> BY_SYMBOL =
      Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(PackageUnit::symbol, Function.identity()));
}
