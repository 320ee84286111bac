package catalog.domain.listing;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** How a filter compares a field with its values; written as a suffix of the query key. */
public enum Operator {
  /** {@code brand=a}: equal to the value; a repeated key means IN. */
  EQUALS("", true),
  /** {@code brand_ne=a}: not equal; products without a value are kept. */
  NOT_EQUALS("_ne", false),
  /** {@code brand_not_in=a&brand_not_in=b}: none of the values; products without a value are kept. */
  NOT_IN("_not_in", true),
  /** {@code calories_gte=10}: at least the value; products without a value are left out. */
  AT_LEAST("_gte", false),
  /** {@code calories_lte=200}: at most the value; products without a value are left out. */
  AT_MOST("_lte", false),
  /** {@code name_like=rice}: contains the text, ignoring case and accents. */
  CONTAINS("_like", false);

  /** Longest suffix first, so that {@code _not_in} is tried before shorter ones. */
  static final List<Operator> BY_SUFFIX_LENGTH = Arrays.stream(values())
      .sorted(Comparator.comparingInt((Operator o) -> o.suffix.length()).reversed())
      .toList();

  private final String suffix;
  private final boolean manyValues;

  Operator(String suffix, boolean manyValues) {
    this.suffix = suffix;
    this.manyValues = manyValues;
  }

  public String suffix() {
    return suffix;
  }

  /** Whether the key may be repeated (its values are a set). */
  public boolean manyValues() {
    return manyValues;
  }

  /** True for the operators that keep products with no value (SQL NULL). */
  public boolean negated() {
    return this == NOT_EQUALS || this == NOT_IN;
  }
}
