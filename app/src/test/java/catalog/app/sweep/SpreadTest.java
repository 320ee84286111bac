package catalog.app.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadTest {
  @Test
  void theMedianOfAnOddCountIsTheMiddleValue() {
    Spread s = Spread.of(List.of(30.0, 10.0, 20.0));
    assertEquals(3, s.count());
    assertEquals(20.0, s.median());
    assertEquals(10.0, s.min());
    assertEquals(30.0, s.max());
  }

  @Test
  void theMedianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
    assertEquals(25.0, Spread.of(List.of(40.0, 10.0, 20.0, 30.0)).median());
  }

  @Test
  void unmeasuredValuesAreLeftOut() {
    Spread s = Spread.of(Arrays.asList(Double.NaN, 5.0, null, Double.POSITIVE_INFINITY, 7.0));
    assertEquals(2, s.count());
    assertEquals(6.0, s.median());
  }

  @Test
  void nothingMeasuredIsNaNAndNotNoisy() {
    Spread s = Spread.of(List.of(Double.NaN));
    assertEquals(0, s.count());
    assertTrue(Double.isNaN(s.median()));
    assertTrue(Double.isNaN(s.spread()));
    assertFalse(s.noisy());
  }

  @Test
  void spreadIsTheRangeOverTheMedian() {
    Spread s = Spread.of(List.of(90.0, 100.0, 110.0));
    assertEquals(0.2, s.spread(), 1e-12);
    assertTrue(s.noisy(), "20 % is above the 15 % threshold");
  }

  @Test
  void aSpreadOfExactlyFifteenPercentIsNotNoisy() {
    Spread s = Spread.of(List.of(92.5, 100.0, 107.5));
    assertEquals(0.15, s.spread(), 1e-12);
    assertFalse(s.noisy());
  }

  @Test
  void oneValueHasNoSpread() {
    Spread s = Spread.of(List.of(42.0));
    assertEquals(0.0, s.spread());
    assertFalse(s.noisy());
  }

  @Test
  void aZeroMedianWithDifferentValuesIsInfinitelyNoisy() {
    Spread s = Spread.of(List.of(-1.0, 0.0, 1.0));
    assertEquals(Double.POSITIVE_INFINITY, s.spread());
    assertTrue(s.noisy());
  }
}
