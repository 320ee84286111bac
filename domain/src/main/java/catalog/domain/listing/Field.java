package catalog.domain.listing;

import catalog.domain.InvalidInput;
import catalog.domain.classification.Kind;
import catalog.domain.product.ProductView;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** A product attribute a list can be filtered or sorted on, with how its values are written. */
public enum Field {
  ID("id", Type.UUID, false),
  NAME("name", Type.TEXT, true),
  BARCODE("barcode", Type.TEXT, false),
  IS_FOOD("is_food", Type.BOOLEAN, false),
  SOURCE("source", Type.TEXT, false),
  BRAND("brand", Type.TEXT, false),
  CATEGORY("category", Type.TEXT, false),
  PARENT_CATEGORY("parent_category", Type.TEXT, false),
  FOOD_GROUP("food_group", Type.TEXT, false),
  PROCESS_TYPE("process_type", Type.TEXT, false),
  CREATED_AT("created_at", Type.TIME, true),
  UPDATED_AT("updated_at", Type.TIME, true),
  DISCARDED("discarded", Type.BOOLEAN, false);

  /** How a value of a field is parsed and written in a query string or cursor. */
  public enum Type { UUID, TEXT, BOOLEAN, TIME }

  private final String key;
  private final Type type;
  private final boolean sortable;

  Field(String key, Type type, boolean sortable) {
    this.key = key;
    this.type = type;
    this.sortable = sortable;
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

  /** Whether a list can be filtered on it by equality (times are sort keys only). */
  public boolean filterable() {
    return type != Type.TIME;
  }

  /** The classification kind a field filters on by name, if it is one. */
  public Optional<Kind> kind() {
    return Kind.fromKey(key);
  }

  public static Optional<Field> fromKey(String key) {
    return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
  }

  /** Parses one raw value; an unparseable one is an {@link InvalidInput} naming {@code param}. */
  public Object parse(String param, String raw) {
    return switch (type) {
      case UUID -> {
        try {
          yield java.util.UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
          throw new InvalidInput(param, "'" + raw + "' is not a UUID");
        }
      }
      case TEXT -> {
        if (raw.isEmpty() || raw.length() > 200) {
          throw new InvalidInput(param, "must be 1 to 200 characters");
        }
        yield raw;
      }
      case BOOLEAN -> switch (raw.toLowerCase(Locale.ROOT)) {
        case "true" -> Boolean.TRUE;
        case "false" -> Boolean.FALSE;
        default -> throw new InvalidInput(param, "'" + raw + "' is not true or false");
      };
      case TIME -> {
        try {
          yield Instant.parse(raw);
        } catch (DateTimeParseException e) {
          throw new InvalidInput(param, "'" + raw + "' is not an RFC 3339 UTC time");
        }
      }
    };
  }

  /** Writes a value back in the form {@link #parse} reads. */
  public String format(Object value) {
    return value.toString();
  }

  /** The value of this (sortable) field in a row, for the keyset of the next page. */
  public Object valueIn(ProductView view) {
    return switch (this) {
      case NAME -> view.fields().name();
      case CREATED_AT -> view.createdAt();
      case UPDATED_AT -> view.updatedAt();
      default -> throw new IllegalStateException(key + " is not sortable");
    };
  }

}
