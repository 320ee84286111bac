package catalog.domain.product;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The fixed list of nutrients a product may state, each with the one unit it is stored in.
 * Values are per 100 g (or 100 ml) of the edible portion.
 */
public enum Nutrient {
  CALORIES("calories", NutrientUnit.KCAL),
  WATER("water", NutrientUnit.G),
  PROTEIN("protein", NutrientUnit.G),
  TOTAL_FAT("total_fat", NutrientUnit.G),
  SATURATED_FAT("saturated_fat", NutrientUnit.G),
  MONOUNSATURATED_FAT("monounsaturated_fat", NutrientUnit.G),
  POLYUNSATURATED_FAT("polyunsaturated_fat", NutrientUnit.G),
  CARBOHYDRATE("carbohydrate", NutrientUnit.G),
  SUGARS("sugars", NutrientUnit.G),
  FIBER("fiber", NutrientUnit.G),
  CHOLESTEROL("cholesterol", NutrientUnit.MG),
  SODIUM("sodium", NutrientUnit.MG),
  POTASSIUM("potassium", NutrientUnit.MG),
  CALCIUM("calcium", NutrientUnit.MG),
  IRON("iron", NutrientUnit.MG),
  MAGNESIUM("magnesium", NutrientUnit.MG),
  VITAMIN_A("vitamin_a", NutrientUnit.UG),
  VITAMIN_C("vitamin_c", NutrientUnit.MG);

  private final String key;
  private final NutrientUnit unit;

  Nutrient(String key, NutrientUnit unit) {
    this.key = key;
    this.unit = unit;
  }

  public String key() {
    return key;
  }

  public NutrientUnit unit() {
    return unit;
  }

  public static Optional<Nutrient> fromKey(String key) {
    return Optional.ofNullable(BY_KEY.get(key));
  }

  private static final Map<String, Nutrient> BY_KEY =
      Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Nutrient::key, n -> n));
}
