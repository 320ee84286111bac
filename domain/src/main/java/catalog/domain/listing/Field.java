package catalog.domain.listing;

import catalog.domain.Check;
import catalog.domain.InvalidInput;
import catalog.domain.classification.Kind;
import catalog.domain.product.ClassificationRef;
import catalog.domain.product.Nutrient;
import catalog.domain.product.ProductFields;
import catalog.domain.product.ProductView;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A product attribute a list can be filtered or sorted on: how its values are written, whether a
 * product may have none, and which operators apply to it (no {@code brand_gte}, no {@code calories_ne}).
 */
public enum Field {
  ID("id", Type.UUID, false, false),
  NAME("name", Type.TEXT, true, false),
  BARCODE("barcode", Type.TEXT, true, true),
  IS_FOOD("is_food", Type.BOOLEAN, false, false),
  SOURCE("source", Type.TEXT, true, false),
  BRAND("brand", Type.TEXT, true, true),
  CATEGORY("category", Type.TEXT, true, true),
  PARENT_CATEGORY("parent_category", Type.TEXT, true, true),
  FOOD_GROUP("food_group", Type.TEXT, true, true),
  PROCESS_TYPE("process_type", Type.TEXT, true, true),
  CREATED_AT("created_at", Type.TIME, true, false),
  UPDATED_AT("updated_at", Type.TIME, true, false),
  DISCARDED("discarded", Type.BOOLEAN, false, false),
  CALORIES(Nutrient.CALORIES),
  WATER(Nutrient.WATER),
  PROTEIN(Nutrient.PROTEIN),
  TOTAL_FAT(Nutrient.TOTAL_FAT),
  SATURATED_FAT(Nutrient.SATURATED_FAT),
  MONOUNSATURATED_FAT(Nutrient.MONOUNSATURATED_FAT),
  POLYUNSATURATED_FAT(Nutrient.POLYUNSATURATED_FAT),
  CARBOHYDRATE(Nutrient.CARBOHYDRATE),
  SUGARS(Nutrient.SUGARS),
  FIBER(Nutrient.FIBER),
  CHOLESTEROL(Nutrient.CHOLESTEROL),
  SODIUM(Nutrient.SODIUM),
  POTASSIUM(Nutrient.POTASSIUM),
  CALCIUM(Nutrient.CALCIUM),
  IRON(Nutrient.IRON),
  MAGNESIUM(Nutrient.MAGNESIUM),
  VITAMIN_A(Nutrient.VITAMIN_A),
  VITAMIN_C(Nutrient.VITAMIN_C);

  /** How a value of a field is parsed and written in a query string or cursor. */
  public enum Type { UUID, TEXT, BOOLEAN, TIME, NUMBER }

  /** The longest text value a filter or cursor takes, in characters: a product's name's limit. */
  public static final int MAX_TEXT = ProductFields.NAME_MAX;
  private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,20}(\\.\\d{1,20})?([eE][-+]?\\d{1,3})?");
  /** A digit other than 0 before any exponent: a number that is not zero. */
  private static final Pattern NONZERO_DIGIT = Pattern.compile("^[^eE]*[1-9]");
  /** The times a filter may name: the four-digit years of RFC 3339. */
  private static final Instant EARLIEST_TIME = Instant.parse("0000-01-01T00:00:00Z");
  private static final Instant LATEST_TIME = Instant.parse("9999-12-31T23:59:59.999999Z");
  /** A time at hour 24, which RFC 3339 does not have and Instant.parse reads as the next day's midnight. */
  private static final Pattern HOUR_24 = Pattern.compile("[+-]?\\d+-\\d{2}-\\d{2}[Tt]24");
  /** A decimal point with no digit after it ({@code 13:16:20.Z}), which Instant.parse takes and RFC 3339 does not. */
  private static final Pattern EMPTY_FRACTION = Pattern.compile("\\.(?![0-9])");

  private final String key;
  private final Type type;
  private final boolean sortable;
  private final boolean nullable;
  private final Nutrient nutrient;
  private final Kind kind;

  Field(String key, Type type, boolean sortable, boolean nullable) {
    this.key = key;
    this.type = type;
    this.sortable = sortable;
    this.nullable = nullable;
    this.nutrient = null;
    this.kind = Kind.fromKey(key).orElse(null);
  }

  Field(Nutrient nutrient) {
    this.key = nutrient.key();
    this.type = Type.NUMBER;
    this.sortable = true;
    this.nullable = true;
    this.nutrient = nutrient;
    this.kind = null;
  }

  public String key() {
    return key;
  }

  public Type type() {
    return type;
  }

  public boolean sortable() {
    return sortable;
  }

  /** Whether a product may have no value here (sorted last in both directions, kept by negations). */
  public boolean nullable() {
    return nullable;
  }

  /** The operators a filter on this field may use. */
  public Set<Operator> operators() {
    return switch (type) {
      case UUID -> EnumSet.of(Operator.EQUALS, Operator.NOT_EQUALS, Operator.NOT_IN);
      case TEXT -> this == NAME
          ? EnumSet.of(Operator.EQUALS, Operator.NOT_EQUALS, Operator.NOT_IN, Operator.CONTAINS)
          : EnumSet.of(Operator.EQUALS, Operator.NOT_EQUALS, Operator.NOT_IN);
      case BOOLEAN -> EnumSet.of(Operator.EQUALS);
      case TIME, NUMBER -> EnumSet.of(Operator.AT_LEAST, Operator.AT_MOST);
    };
  }

  /** The classification kind a field filters and sorts on by name, if it is one. */
  public Optional<Kind> kind() {
    return Optional.ofNullable(kind);
  }

  /** The nutrient a field stands for, if it is one. */
  public Optional<Nutrient> nutrient() {
    return Optional.ofNullable(nutrient);
  }

  public static Optional<Field> fromKey(String key) {
    return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
  }

  /** Parses one raw value; an unparseable one is an {@link InvalidInput} naming {@code param}. */
  public Object parse(String param, String raw) {
    return switch (type) {
      case UUID -> {
        if (!Check.isUuid(raw)) {
          throw new InvalidInput(param, "'" + raw + "' is not a UUID");
        }
        yield java.util.UUID.fromString(raw);
      }
      case TEXT -> {
        // Characters as names are counted where they are written (Check.text) and in the database: code
        // points, not UTF-16 units. A name of 101 emoji is 202 units, and a page ending on it gave a cursor
        // that this check then refused.
        if (raw.isEmpty() || Check.longerThan(raw, MAX_TEXT)) {
          throw new InvalidInput(param, "must be 1 to " + MAX_TEXT + " characters");
        }
        yield raw;
      }
      case BOOLEAN -> switch (raw.toLowerCase(Locale.ROOT)) {
        case "true" -> Boolean.TRUE;
        case "false" -> Boolean.FALSE;
        default -> throw new InvalidInput(param, "'" + raw + "' is not true or false");
      };
      case TIME -> {
        // Instant.parse takes 24:00:00 as the next day's midnight, whatever the resolver style; RFC 3339's
        // hours run from 00 to 23.
        if (HOUR_24.matcher(raw).lookingAt()) {
          throw new InvalidInput(param, "'" + raw + "' is not an RFC 3339 UTC time: hours run from 00 to 23");
        }
        if (EMPTY_FRACTION.matcher(raw).find()) {
          throw new InvalidInput(param, "'" + raw + "' is not an RFC 3339 UTC time: a decimal point needs digits after it");
        }
        Instant time;
        try {
          time = Instant.parse(raw);
        } catch (DateTimeParseException e) {
          throw new InvalidInput(param, "'" + raw + "' is not an RFC 3339 UTC time");
        }
        // PostgreSQL keeps times from 4713 BC to 294276 AD, and Instant.parse reads years of up to nine
        // digits with a sign: past the database's range a bound would fail the statement. RFC 3339 has
        // four-digit years, and so does this.
        if (time.isBefore(EARLIEST_TIME) || time.isAfter(LATEST_TIME)) {
          throw new InvalidInput(param, "'" + raw + "' is not an RFC 3339 UTC time in the years 0000 to 9999");
        }
        // Rounded to the microsecond, a bound could let in a time just past it, or leave out one inside.
        if (time.getNano() % 1000 != 0) {
          throw new InvalidInput(param, "'" + raw + "' is more precise than the microseconds times are kept to");
        }
        yield time;
      }
      case NUMBER -> {
        if (!DECIMAL.matcher(raw).matches()) {
          throw new InvalidInput(param, "'" + raw + "' is not a decimal number of at most 20 digits before and 20"
              + " after the point, with an exponent of at most 3 digits");
        }
        // Read as the nearest double, as the values it is compared with were when they were written.
        double value = Double.parseDouble(raw);
        if (!Double.isFinite(value)) {
          throw new InvalidInput(param, "'" + raw + "' is out of range");
        }
        if (value == 0 && NONZERO_DIGIT.matcher(raw).find()) {
          throw new InvalidInput(param, "'" + raw + "' is too small to tell from 0");
        }
        yield value + 0.0; // -0 is 0
      }
    };
  }

  /** Writes a value back in the form {@link #parse} reads. */
  public String format(Object value) {
    return value.toString();
  }

  /**
   * The value this (sortable) field sorts on in a row, null when the product has none. Classifications
   * sort on their lower-case name.
   */
  public Object valueIn(ProductView view) {
    if (nutrient != null) {
      return view.fields().nutriFacts().values().get(nutrient);
    }
    if (kind != null) {
      ClassificationRef ref = view.classification(kind);
      return ref == null || ref.name() == null ? null : ref.name().toLowerCase(Locale.ROOT);
    }
    return switch (this) {
      case NAME -> view.fields().name();
      case BARCODE -> view.fields().barcode();
      case CREATED_AT -> view.createdAt();
      case UPDATED_AT -> view.updatedAt();
      default -> throw new IllegalStateException(key + " is not sortable");
    };
  }
}
