package catalog.domain.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import catalog.domain.FieldError;
import catalog.domain.InvalidInput;
import catalog.domain.product.NutriFacts.Quantity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NutriFactsTest {

  @Test
  void parsesKnownNutrientsInTheirUnits() {
    NutriFacts facts = NutriFacts.parse(Map.of(
        "calories", new Quantity(52, "kcal"),
        "protein", new Quantity(3.4, "g"),
        "sodium", new Quantity(0, "mg"),
        "vitamin_a", new Quantity(NutriFacts.MAX_VALUE, "ug")));
    assertEquals(OptionalDouble.of(52), facts.get(Nutrient.CALORIES));
    assertEquals(OptionalDouble.of(3.4), facts.get(Nutrient.PROTEIN));
    assertEquals(OptionalDouble.of(0), facts.get(Nutrient.SODIUM));
    assertEquals(OptionalDouble.of(NutriFacts.MAX_VALUE), facts.get(Nutrient.VITAMIN_A));
    assertEquals(OptionalDouble.empty(), facts.get(Nutrient.FIBER));
  }

  /** -0.0 is 0: kept as -0.0, it was written back and put in cursors as "-0.0". */
  @Test
  void negativeZeroIsZero() {
    NutriFacts facts = NutriFacts.parse(Map.of("sodium", new Quantity(-0.0, "mg")));
    assertEquals("0.0", Double.toString(facts.get(Nutrient.SODIUM).getAsDouble()));
  }

  @Test
  void unknownNutrientIsNamed() {
    InvalidInput e = assertThrows(InvalidInput.class,
        () -> NutriFacts.parse(Map.of("vitamin_z", new Quantity(1, "mg"))));
    assertEquals(List.of(new FieldError("nutri_facts.vitamin_z", "is not a known nutrient")), e.errors());
  }

  @Test
  void wrongUnitNamesTheExpectedOne() {
    InvalidInput e = assertThrows(InvalidInput.class,
        () -> NutriFacts.parse(Map.of("calories", new Quantity(200, "kJ"))));
    assertEquals(List.of(new FieldError("nutri_facts.calories.unit", "must be kcal for calories")),
        e.errors());
  }

  @ParameterizedTest
  @ValueSource(doubles = {-1, Double.NaN, Double.POSITIVE_INFINITY, NutriFacts.MAX_VALUE + 1})
  void badValueIsNamed(double value) {
    InvalidInput e = assertThrows(InvalidInput.class,
        () -> NutriFacts.parse(Map.of("protein", new Quantity(value, "g"))));
    assertEquals("nutri_facts.protein.value", e.errors().getFirst().field());
  }

  @Test
  void reportsEveryBadEntryTogether() {
    Map<String, Quantity> given = new LinkedHashMap<>();
    given.put("sugar", new Quantity(1, "g"));
    given.put("protein", new Quantity(3, "mg"));
    given.put("fiber", new Quantity(-2, "g"));
    given.put("water", new Quantity(80, "g"));
    InvalidInput e = assertThrows(InvalidInput.class, () -> NutriFacts.parse(given));
    Set<String> fields = e.errors().stream().map(FieldError::field).collect(Collectors.toSet());
    assertEquals(Set.of("nutri_facts.sugar", "nutri_facts.protein.unit", "nutri_facts.fiber.value"), fields);
  }

  @Test
  void constructorChecksValuesAndCopies() {
    Map<Nutrient, Double> values = new LinkedHashMap<>(Map.of(Nutrient.FIBER, 2.0));
    NutriFacts facts = new NutriFacts(values);
    values.put(Nutrient.WATER, 90.0);
    assertEquals(Map.of(Nutrient.FIBER, 2.0), facts.values());
    assertThrows(UnsupportedOperationException.class, () -> facts.values().put(Nutrient.WATER, 1.0));
  }

  @ParameterizedTest
  @ValueSource(doubles = {-1, -0.001, Double.NaN, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
      NutriFacts.MAX_VALUE + 1})
  void constructorRejectsAValueOutOfRangeAndNamesIt(double value) {
    InvalidInput e = assertThrows(InvalidInput.class, () -> new NutriFacts(Map.of(Nutrient.IRON, value)));
    assertEquals("nutri_facts.iron", e.errors().getFirst().field());
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, 0.001, NutriFacts.MAX_VALUE})
  void constructorKeepsAValueInRange(double value) {
    assertEquals(value, new NutriFacts(Map.of(Nutrient.IRON, value)).values().get(Nutrient.IRON));
  }

  @Test
  void everyNutrientHasAUniqueKeyFoundByFromKey() {
    for (Nutrient n : Nutrient.values()) {
      assertEquals(n, Nutrient.fromKey(n.key()).orElseThrow());
      assertEquals(n.unit(), NutrientUnit.fromSymbol(n.unit().symbol()).orElseThrow());
    }
  }
}
