package catalog.app.sample;

import catalog.domain.classification.Kind;
import catalog.domain.product.NutriFacts;
import catalog.domain.product.Nutrient;
import catalog.domain.product.PackageSize;
import catalog.domain.product.PackageUnit;
import catalog.domain.product.ProductFields;
import catalog.domain.product.Score;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Makes realistic products deterministically from a seed: names, food groups and nutrients of the
 * IFCT 2017 foods, varied by brand, pack and a small nutrient jitter, with valid GTIN-13 barcodes.
 * The same seed and index always give the same product content.
 */
public final class ProductGenerator {
  static final List<String> SOURCES = List.of("manual", "tbca", "taco", "private", "gs1", "auto");
  static final List<String> BRANDS = List.of("Aurora", "Bela Vista", "Campo Verde", "Dona Maria", "Estrela",
      "Fazenda Feliz", "Girassol", "Horta Viva", "Ipê", "Jardim", "Kitanda", "Lar Doce", "Monte Alegre",
      "Nativa", "Oliveira", "Pomar", "Quinta", "Recanto", "Sabor do Sul", "Terra Boa", "Uirapuru", "Vale Real",
      "Xodó", "Zelo", "Annapurna", "Bharat Foods", "Chaitanya", "Desi Farm", "Ekta", "Ganga");
  static final List<String> VARIANTS = List.of("Organic", "Whole", "Light", "Premium", "Classic", "Family Pack",
      "Fresh", "Dried", "Roasted", "Frozen");
  static final List<String> PROCESS_TYPES = List.of("in natura", "minimally processed", "processed",
      "ultra-processed");
  private static final List<PackageUnit> PACK_UNITS = List.of(PackageUnit.G, PackageUnit.KG, PackageUnit.ML,
      PackageUnit.L, PackageUnit.UNIT);
  /** The pack sizes shops sell in each unit: 250 g or 5 kg, 500 ml or 2 l; not 950 l. */
  private static final Map<PackageUnit, double[]> PACK_SIZES = Map.of(
      PackageUnit.G, new double[] {50, 100, 200, 250, 400, 500, 750, 1000},
      PackageUnit.KG, new double[] {1, 2, 5, 10, 25},
      PackageUnit.ML, new double[] {100, 200, 250, 330, 500, 750, 1000},
      PackageUnit.L, new double[] {0.5, 1, 1.5, 2, 5},
      PackageUnit.UNIT, new double[] {1, 2, 4, 6, 10, 12});

  private final List<IfctFood> foods;
  private final long seed;

  public ProductGenerator(List<IfctFood> foods, long seed) {
    this.foods = List.copyOf(foods);
    this.seed = seed;
  }

  /** What a generated product is classified under, by name; resolved to ids by the caller. */
  public record Names(String source, String brand, String category, String parentCategory, String foodGroup,
      String processType) {}

  /** A generated product as an import row: its fields, and its classifications by name. */
  public record Row(ProductFields fields, Map<Kind, String> names) {}

  /** The product at {@code index} as an import row (its fields' classification ids are placeholders). */
  public Row row(long index) {
    Map<Kind, String> names = new EnumMap<>(Kind.class);
    ProductFields fields = product(index, (kind, name) -> {
      names.put(kind, name);
      return new UUID(0, kind.ordinal() + 1);
    });
    return new Row(fields, names);
  }

  /** The product at {@code index}; {@code ids} turns (kind, name) into a classification id. */
  public ProductFields product(long index, BiFunction<Kind, String, UUID> ids) {
    Random random = new Random(seed * 1_000_003L + index);
    IfctFood food = foods.get(random.nextInt(foods.size()));
    Names names = names(food, random);
    Map<Kind, UUID> refs = new EnumMap<>(Kind.class);
    refs.put(Kind.SOURCE, ids.apply(Kind.SOURCE, names.source()));
    refs.put(Kind.BRAND, ids.apply(Kind.BRAND, names.brand()));
    refs.put(Kind.CATEGORY, ids.apply(Kind.CATEGORY, names.category()));
    refs.put(Kind.PARENT_CATEGORY, ids.apply(Kind.PARENT_CATEGORY, names.parentCategory()));
    refs.put(Kind.FOOD_GROUP, ids.apply(Kind.FOOD_GROUP, names.foodGroup()));
    refs.put(Kind.PROCESS_TYPE, ids.apply(Kind.PROCESS_TYPE, names.processType()));
    String variant = VARIANTS.get(random.nextInt(VARIANTS.size()));
    String name = truncate(names.brand() + " " + variant + " " + food.name(), ProductFields.NAME_MAX);
    Map<Nutrient, Double> nutrients = new EnumMap<>(Nutrient.class);
    food.nutrients().forEach((n, v) -> nutrients.put(n, Math.round(v * (0.9 + random.nextDouble() * 0.2) * 1000) / 1000.0));
    PackageUnit unit = PACK_UNITS.get(random.nextInt(PACK_UNITS.size()));
    double[] sizes = PACK_SIZES.get(unit);
    double amount = sizes[random.nextInt(sizes.length)];
    return new ProductFields(
        name,
        gtin13(seed, index),
        true,
        refs,
        new NutriFacts(nutrients),
        food.name(),
        new PackageSize(amount, unit),
        null,
        new Score(round1(random.nextDouble() * 100), round1(random.nextDouble() * 100), round1(random.nextDouble() * 100)),
        Math.min(1.0, round1(0.5 + random.nextDouble() * 0.5)));
  }

  private static Names names(IfctFood food, Random random) {
    String source = SOURCES.get(random.nextInt(SOURCES.size()));
    String brand = BRANDS.get(random.nextInt(BRANDS.size()));
    String variant = VARIANTS.get(random.nextInt(VARIANTS.size()));
    return new Names(source, brand, food.foodGroup() + " - " + variant, food.foodGroup(), food.foodGroup(),
        PROCESS_TYPES.get(random.nextInt(PROCESS_TYPES.size())));
  }

  /** A valid GTIN-13 (check digit included), unique per (seed mod 1000, index) for index below 10^8. */
  static String gtin13(long seed, long index) {
    String body = String.format("2%03d%08d", Math.floorMod(seed, 1000), index);
    int sum = 0;
    for (int i = 0; i < 12; i++) {
      int digit = body.charAt(i) - '0';
      sum += (i % 2 == 0) ? digit : digit * 3;
    }
    return body + ((10 - sum % 10) % 10);
  }

  private static double round1(double v) {
    return Math.round(v * 10) / 10.0;
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
