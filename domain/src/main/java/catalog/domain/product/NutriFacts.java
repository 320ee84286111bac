package catalog.domain.product;

import catalog.domain.Check;
import catalog.domain.FieldError;
import catalog.domain.InvalidInput;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** Nutrient values of a product, each in its nutrient's unit; non-negative and finite. */
public record NutriFacts(Map<Nutrient, Double> values) {
  public static final double MAX_VALUE = 1_000_000;
  /** Nutrient's constants, which the constructor walks: before {@link #NONE}, which it builds. */
  private static final Nutrient[] NUTRIENTS = Nutrient.values();
  public static final NutriFacts NONE = new NutriFacts(Map.of());

  /**
   * Copies the values nutrient by nutrient, with {@code get}: iterating an EnumMap's entries allocates an
   * entry object for each, and this runs for every product a page reads.
   */
  private static final Double ZERO = 0.0;

  public NutriFacts {
    EnumMap<Nutrient, Double> copy = new EnumMap<>(Nutrient.class);
    for (Nutrient nutrient : NUTRIENTS) {
      Double value = values.get(nutrient);
      if (value != null || values.containsKey(nutrient)) {
        copy.put(nutrient, checked(nutrient, value));
      }
    }
    values = Collections.unmodifiableMap(copy);
  }

  /**
   * The value itself when it is in range; the field's name is only built for the error. This runs for
   * every nutrient of every product read, so the common case allocates nothing.
   */
  private static Double checked(Nutrient nutrient, Double value) {
    if (Double.isFinite(value) && value > 0 && value <= MAX_VALUE) {
      return value;
    }
    if (value == 0) {
      return ZERO; // -0.0 too, which would be stored, written and put in cursors as "-0.0"
    }
    return Check.range("nutri_facts." + nutrient.key(), value, 0, MAX_VALUE);
  }

  /** The error for a key that names no nutrient. */
  public static FieldError unknown(String key) {
    return new FieldError("nutri_facts." + key, "is not a known nutrient");
  }

  /** Builds facts from (key, value, unit) triples as callers send them, reporting every bad entry. */
  public static NutriFacts parse(Map<String, Quantity> given) {
    List<FieldError> errors = new ArrayList<>();
    EnumMap<Nutrient, Double> values = new EnumMap<>(Nutrient.class);
    given.forEach((key, quantity) -> {
      String field = "nutri_facts." + key;
      var nutrient = Nutrient.fromKey(key);
      if (quantity == null) {
        errors.add(new FieldError(field, "needs a value and a unit"));
      } else if (nutrient.isEmpty()) {
        errors.add(unknown(key));
      } else if (!nutrient.get().unit().symbol().equals(quantity.unit())) {
        errors.add(new FieldError(field + ".unit",
            "must be " + nutrient.get().unit().symbol() + " for " + key));
      } else if (!Double.isFinite(quantity.value()) || quantity.value() < 0 || quantity.value() > MAX_VALUE) {
        errors.add(new FieldError(field + ".value", "must be a number from 0 to 1000000"));
      } else {
        values.put(nutrient.get(), quantity.value());
      }
    });
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    return new NutriFacts(values);
  }

  public OptionalDouble get(Nutrient nutrient) {
    Double v = values.get(nutrient);
    return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  /** A value with the unit the caller stated. */
  public record Quantity(double value, String unit) {}
}
