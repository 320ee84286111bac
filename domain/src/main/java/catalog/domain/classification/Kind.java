package catalog.domain.classification;

import java.util.Arrays;
import java.util.Optional;

/** The six classification kinds a product can reference. */
public enum Kind {
  SOURCE("source", "sources"),
  BRAND("brand", "brands"),
  CATEGORY("category", "categories"),
  PARENT_CATEGORY("parent_category", "parent-categories"),
  FOOD_GROUP("food_group", "food-groups"),
  PROCESS_TYPE("process_type", "process-types");

  private final String key;
  private final String plural;

  Kind(String key, String plural) {
    this.key = key;
    this.plural = plural;
  }

  /** Singular snake_case name, as in product fields ({@code source}, {@code food_group}). */
  public String key() {
    return key;
  }

  /** Plural kebab-case name, as in collection paths ({@code food-groups}). */
  public String plural() {
    return plural;
  }

  /** The write field that references this kind ({@code source_id}). */
  public String idField() {
    return key + "_id";
  }

  public static Optional<Kind> fromPlural(String plural) {
    return Arrays.stream(values()).filter(k -> k.plural.equals(plural)).findFirst();
  }

  public static Optional<Kind> fromKey(String key) {
    return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
  }
}
