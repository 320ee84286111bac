package catalog.domain.listing;

import catalog.domain.InvalidInput;
import catalog.domain.search.TextFolding;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Keeps the products whose field compares with the values as the operator says. Filters are ANDed;
 * the values of one filter are a set (equality with several values is IN).
 */
public record Filter(Field field, Operator operator, List<Object> values) {
  public Filter {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(operator, "operator");
    values = List.copyOf(values);
    String key = field.key() + operator.suffix();
    if (!field.operators().contains(operator)) {
      throw new InvalidInput(key, "is not a filter: " + field.key() + " takes " + accepted(field));
    }
    if (values.isEmpty()) {
      throw new IllegalArgumentException("a filter needs at least one value");
    }
    if (values.size() > 1 && !operator.manyValues()) {
      throw givenTwice(field, operator);
    }
  }

  /** Equality (IN for several values). */
  public Filter(Field field, List<Object> values) {
    this(field, Operator.EQUALS, values);
  }

  /** The query key this filter is written under, e.g. {@code calories_lte}. */
  public String key() {
    return field.key() + operator.suffix();
  }

  /**
   * Reads one query key and its raw values, e.g. {@code protein_gte=10} or {@code brand=a&brand=b};
   * an unknown key, an operator the field does not take or a bad value is an {@link InvalidInput}
   * naming the key.
   */
  public static Filter parse(String key, List<String> raw) {
    Target target = target(key).orElseThrow(() -> new InvalidInput(key, "is not a known query parameter"));
    if (!target.field().operators().contains(target.operator())) {
      throw new InvalidInput(key, "is not a filter: " + target.field().key() + " takes " + accepted(target.field()));
    }
    // Before the values are made a set: name_like=a&name_like=a is a key given twice too.
    if (raw.size() > 1 && !target.operator().manyValues()) {
      throw givenTwice(target.field(), target.operator());
    }
    List<Object> values = raw.stream().map(v -> target.field().parse(key, v)).distinct().toList();
    if (target.operator() == Operator.CONTAINS) {
      for (Object value : values) {
        // Compared as folded: a text of accents alone would be empty there, and contained in every name.
        if (TextFolding.fold((String) value).isEmpty()) {
          throw new InvalidInput(key, "'" + value + "' has nothing to match once case and accents are set aside");
        }
      }
    }
    return new Filter(target.field(), target.operator(), values);
  }

  private static InvalidInput givenTwice(Field field, Operator operator) {
    return new InvalidInput(field.key() + operator.suffix(), "may be given only once"
        + (operator == Operator.NOT_EQUALS ? "; use " + field.key() + "_not_in for several values" : ""));
  }

  /** Every key a filter may be written under, for messages. */
  public static String acceptedKeys() {
    return java.util.Arrays.stream(Field.values())
        .flatMap(f -> f.operators().stream().map(o -> f.key() + o.suffix()))
        .collect(Collectors.joining(", "));
  }

  private record Target(Field field, Operator operator) {}

  private static Optional<Target> target(String key) {
    for (Operator operator : Operator.BY_SUFFIX_LENGTH) {
      if (key.endsWith(operator.suffix())) {
        String base = key.substring(0, key.length() - operator.suffix().length());
        Optional<Field> field = Field.fromKey(base);
        if (field.isPresent()) {
          return Optional.of(new Target(field.get(), operator));
        }
      }
    }
    return Optional.empty();
  }

  private static String accepted(Field field) {
    return field.operators().stream().map(o -> field.key() + o.suffix()).collect(Collectors.joining(", "));
  }
}
