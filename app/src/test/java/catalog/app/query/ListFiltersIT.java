package catalog.app.query;

import static catalog.app.query.Seeds.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;

import catalog.app.TestServer;
import catalog.domain.classification.Classification;
import catalog.domain.classification.Kind;
import catalog.domain.product.Nutrient;
import catalog.domain.product.Product;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every filter operator over real HTTP; each query is scoped to this run's products by name_like. */
class ListFiltersIT {
  private static final Instant T0 = Instant.parse("2024-04-01T00:00:00Z");

  private static TestServer server;
  private static Seeds seeds;
  private static String token;
  private static Map<Kind, Classification> first;
  private static Map<Kind, Classification> second;
  private static Classification otherSource;
  private static Product one;
  private static Product five;
  private static Product ten;
  private static Product bare;
  private static Product accented;
  private static Product percent;
  private static Product underscore;
  private static Product discarded;
  private static Product thousand;
  private static Product axb;

  @BeforeAll
  static void seed() {
    server = TestServer.start();
    seeds = new Seeds(server);
    token = Seeds.token();
    first = new EnumMap<>(Kind.class);
    second = new EnumMap<>(Kind.class);
    for (Kind kind : Kind.values()) {
      first.put(kind, seeds.classification(kind, token + " " + kind.key() + " One"));
      second.put(kind, seeds.classification(kind, token + " " + kind.key() + " Two"));
    }
    otherSource = second.get(Kind.SOURCE);
    one = seeds.store(product("one", "b1", first, 1.0, 1));
    five = seeds.store(product("five", "b5", second, 5.0, 5));
    ten = seeds.store(product("ten", "b10", Map.of(Kind.SOURCE, first.get(Kind.SOURCE)), 10.0, 10));
    bare = seeds.store(product("bare", null, Map.of(Kind.SOURCE, otherSource), null, 20));
    accented = seeds.store(product("Pão de Açúcar", null, Map.of(Kind.SOURCE, otherSource), null, 30));
    percent = seeds.store(product("100% suco", null, Map.of(Kind.SOURCE, otherSource), null, 31));
    underscore = seeds.store(product("a_b", null, Map.of(Kind.SOURCE, otherSource), null, 32));
    thousand = seeds.store(product("1000 suco", null, Map.of(Kind.SOURCE, otherSource), null, 33));
    axb = seeds.store(product("axb", null, Map.of(Kind.SOURCE, otherSource), null, 34));
    discarded = seeds.discard(seeds.store(product("gone", "b99", first, 5.0, 40)));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static Product product(String name, String barcode, Map<Kind, Classification> refs, Double amount, int minute) {
    Map<Nutrient, Double> nutrients = new EnumMap<>(Nutrient.class);
    if (amount != null) {
      for (Nutrient n : Nutrient.values()) {
        nutrients.put(n, amount * (n.ordinal() + 1));
      }
    }
    Instant created = T0.plusSeconds(60L * minute);
    return Seeds.product(token + " " + name, barcode == null ? null : token.substring(0, 8) + barcode, refs, nutrients,
        created, created.plusSeconds(3600L * 24 * minute));
  }

  private static Set<UUID> matching(String query) {
    return matching("name_like=" + enc(token), query);
  }

  /** Products of the second source (where the name_like cases are) that match. */
  private static Set<UUID> named(String nameLike) {
    return matching("source=" + enc(otherSource.name().value()), "name_like=" + enc(nameLike));
  }

  private static Set<UUID> matching(String scope, String query) {
    List<UUID> ids = Seeds.ids(seeds.walk(scope + "&limit=200" + (query.isEmpty() ? "" : "&" + query)));
    Set<UUID> set = new HashSet<>(ids);
    assertEquals(ids.size(), set.size(), "a row listed twice");
    return set;
  }

  private static Set<UUID> set(Product... products) {
    Set<UUID> ids = new HashSet<>();
    for (Product p : products) {
      ids.add(p.id());
    }
    return ids;
  }

  private static Set<UUID> live() {
    return set(one, five, ten, bare, accented, percent, underscore, thousand, axb);
  }

  private static Set<UUID> liveBut(Product... excluded) {
    Set<UUID> ids = new HashSet<>(matching(""));
    ids.removeAll(set(excluded));
    return ids;
  }

  @Test
  void byIdEqualInNotEqualAndNotIn() {
    assertEquals(set(one), matching("id=" + one.id()));
    assertEquals(set(one, ten), matching("id=" + one.id() + "&id=" + ten.id()));
    assertEquals(liveBut(one), matching("id_ne=" + one.id()));
    assertEquals(liveBut(one, ten), matching("id_not_in=" + one.id() + "&id_not_in=" + ten.id()));
  }

  @Test
  void byNameExactlyAndNot() {
    String name = one.fields().name();
    assertEquals(set(one), matching("name=" + enc(name)));
    assertEquals(set(), matching("name=" + enc(name.toUpperCase(Locale.ROOT))));
    assertEquals(liveBut(one), matching("name_ne=" + enc(name)));
    assertEquals(liveBut(one, five), matching("name_not_in=" + enc(name) + "&name_not_in=" + enc(five.fields().name())));
  }

  @Test
  void nameLikeIgnoresCaseAndAccents() {
    assertEquals(set(accented), named("AÇUCAR"));
    assertEquals(set(accented), named("pao de acúcar"));
    assertEquals(set(accented), named("ÃO D"));
  }

  /** Lower-casing "ΟΔΟΣ" alone ends it in a final sigma, which the name's "ΟΔΟΣΗΜΑ" does not have. */
  @Test
  void nameLikeIgnoresTheFinalSigma() {
    Classification own = seeds.classification(Kind.SOURCE, Seeds.token());
    Product greek = seeds.store(product("ΟΔΟΣΗΜΑ Greek", null, Map.of(Kind.SOURCE, own), null, 36));
    for (String part : List.of("ΟΔΟΣ", "οδος", "δοσ", "ΟΔΟΣΗΜΑ")) {
      assertEquals(set(greek), matching("source=" + enc(own.name().value()), "name_like=" + enc(part)), part);
    }
  }

  @Test
  void nameLikeTakesPercentAndUnderscoreLiterally() {
    assertEquals(set(percent), named("0%"));
    assertEquals(set(percent, thousand), named("00"));
    assertEquals(set(underscore), named("a_b"));
    assertEquals(set(axb), named("axb"));
    assertEquals(set(), named("%%"));
    assertEquals(set(), named("\\"));
  }

  @Test
  void byBarcodeWithNegationsKeepingProductsWithoutOne() {
    String b1 = one.fields().barcode();
    assertEquals(set(one), matching("barcode=" + b1));
    assertEquals(set(one, five), matching("barcode=" + b1 + "&barcode=" + five.fields().barcode()));
    assertEquals(liveBut(one), matching("barcode_ne=" + b1));
    assertEquals(liveBut(one, five), matching("barcode_not_in=" + b1 + "&barcode_not_in=" + five.fields().barcode()));
  }

  @Test
  void byIsFood() {
    assertEquals(live(), matching("is_food=true"));
    assertEquals(set(), matching("is_food=false"));
  }

  @Test
  void bySourceNameIgnoringCase() {
    String name = first.get(Kind.SOURCE).name().value();
    assertEquals(set(one, ten), matching("source=" + enc(name.toUpperCase(Locale.ROOT))));
    assertEquals(liveBut(one, ten), matching("source_ne=" + enc(name)));
    assertEquals(set(), matching("source_not_in=" + enc(name) + "&source_not_in=" + enc(otherSource.name().value())));
  }

  @ParameterizedTest
  @EnumSource(value = Kind.class, names = "SOURCE", mode = EnumSource.Mode.EXCLUDE)
  void byClassificationNameWithNegationsKeepingProductsWithoutOne(Kind kind) {
    String a = first.get(kind).name().value();
    String b = second.get(kind).name().value();
    assertEquals(set(one), matching(kind.key() + "=" + enc(a.toLowerCase(Locale.ROOT))));
    assertEquals(set(one, five), matching(kind.key() + "=" + enc(a) + "&" + kind.key() + "=" + enc(b.toUpperCase(Locale.ROOT))));
    assertEquals(liveBut(one), matching(kind.key() + "_ne=" + enc(a)));
    assertEquals(liveBut(one, five), matching(kind.key() + "_not_in=" + enc(a) + "&" + kind.key() + "_not_in=" + enc(b)));
    assertEquals(live(), matching(kind.key() + "_ne=" + enc(token + " nobody")));
  }

  @ParameterizedTest
  @EnumSource(Nutrient.class)
  void byNutrientRangesLeavingOutProductsWithoutAValue(Nutrient nutrient) {
    String key = nutrient.key();
    double unit = nutrient.ordinal() + 1;
    assertEquals(set(five, ten), matching(key + "_gte=" + 5 * unit));
    assertEquals(set(one, five), matching(key + "_lte=" + 5 * unit));
    assertEquals(set(five), matching(key + "_gte=" + 2 * unit + "&" + key + "_lte=" + 9 * unit));
    assertEquals(set(), matching(key + "_gte=" + 11 * unit));
  }

  @Test
  void caloriesAtMost() {
    assertEquals(set(one, five), matching("calories_lte=5"));
    assertEquals(set(one, five, ten), matching("calories_lte=200"));
  }

  @Test
  void byTimeRanges() {
    String at5 = one.createdAt().plusSeconds(60L * 4).toString();
    assertEquals(set(five, ten, bare, accented, percent, underscore, thousand, axb), matching("created_at_gte=" + at5));
    assertEquals(set(one), matching("created_at_lte=" + one.createdAt()));
    assertEquals(set(five), matching("updated_at_gte=" + five.updatedAt() + "&updated_at_lte=" + five.updatedAt()));
    assertEquals(set(one, five), matching("updated_at_lte=" + five.updatedAt()));
  }

  @Test
  void discardedAreHiddenUnlessAskedFor() {
    assertEquals(set(discarded), matching("discarded=true"));
    assertEquals(matching(""), matching("discarded=false"));
    Set<UUID> both = new HashSet<>(matching(""));
    both.add(discarded.id());
    assertEquals(both, matching("discarded=true&discarded=false"));
    assertEquals(false, matching("").contains(discarded.id()));
  }

  @Test
  void filtersAreAndedAndTotalCountsThemAll() {
    assertEquals(set(five), matching("calories_gte=2&brand=" + enc(second.get(Kind.BRAND).name().value())));
    var page = seeds.get("/v1/products?name_like=" + enc(token) + "&calories_gte=2&limit=1&include_total=true", 200);
    assertEquals(2, page.path("page").path("total").asInt());
    assertEquals(1, page.path("data").size());
  }
}
