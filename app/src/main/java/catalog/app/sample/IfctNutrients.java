package catalog.app.sample;

import catalog.domain.product.Nutrient;
import java.util.EnumMap;
import java.util.Map;

/** Which IFCT 2017 column each catalog nutrient comes from. */
final class IfctNutrients {
  private IfctNutrients() {}

  /** Energy is published in kJ; the catalog states calories in kcal. */
  static final String ENERGY = "enerc";
  static final double KJ_PER_KCAL = 4.184;

  static final Map<Nutrient, String> CODES = codes();

  private static Map<Nutrient, String> codes() {
    Map<Nutrient, String> codes = new EnumMap<>(Nutrient.class);
    codes.put(Nutrient.CALORIES, ENERGY);
    codes.put(Nutrient.WATER, "water");
    codes.put(Nutrient.PROTEIN, "protcnt");
    codes.put(Nutrient.TOTAL_FAT, "fatce");
    codes.put(Nutrient.SATURATED_FAT, "fasat");
    codes.put(Nutrient.MONOUNSATURATED_FAT, "fams");
    codes.put(Nutrient.POLYUNSATURATED_FAT, "fapu");
    codes.put(Nutrient.CARBOHYDRATE, "choavldf");
    codes.put(Nutrient.SUGARS, "fsugar");
    codes.put(Nutrient.FIBER, "fibtg");
    codes.put(Nutrient.CHOLESTEROL, "cholc");
    codes.put(Nutrient.SODIUM, "na");
    codes.put(Nutrient.POTASSIUM, "k");
    codes.put(Nutrient.CALCIUM, "ca");
    codes.put(Nutrient.IRON, "fe");
    codes.put(Nutrient.MAGNESIUM, "mg");
    codes.put(Nutrient.VITAMIN_A, "vita");
    codes.put(Nutrient.VITAMIN_C, "vitc");
    return codes;
  }
}
