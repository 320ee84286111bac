package catalog.domain.product;

import catalog.domain.Check;
import catalog.domain.InvalidInput;

/** How much one package holds: a positive amount and its unit. */
public record PackageSize(double amount, PackageUnit unit) {
  public PackageSize {
    if (!Double.isFinite(amount) || amount <= 0 || amount > 1_000_000) {
      throw new InvalidInput("package_size", "must be a number above 0 and at most 1000000");
    }
    Check.required("package_size_unit", unit);
  }

  /** Both parts or neither: a size without a unit (or the reverse) is invalid. */
  public static PackageSize of(Double amount, String unit) {
    if (amount == null && unit == null) {
      return null;
    }
    if (amount == null) {
      throw new InvalidInput("package_size", "is required when package_size_unit is given");
    }
    if (unit == null) {
      throw new InvalidInput("package_size_unit", "is required when package_size is given");
    }
    PackageUnit parsed = PackageUnit.fromSymbol(unit).orElseThrow(() ->
        new InvalidInput("package_size_unit", "must be one of " + PackageUnit.accepted()));
    return new PackageSize(amount, parsed);
  }
}
