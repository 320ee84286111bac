package catalog.app.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link JsonText} writes what {@link Double#toString(double)} and {@link Instant#toString()} write, whenever it
 * writes at all: checked on edge values and on a few million seeded random ones, against the JDK itself.
 */
class JsonTextTest {
  private static final int RANDOM_CASES = 1_000_000;

  /** The fast path's text, or null when it declined. */
  private static String decimal(double v) {
    char[] out = new char[JsonText.MAX_LENGTH];
    int n = JsonText.decimal(v, out);
    return n < 0 ? null : new String(out, 0, n);
  }

  private static String instant(Instant t) {
    char[] out = new char[JsonText.MAX_LENGTH];
    int n = JsonText.instant(t, out);
    return n < 0 ? null : new String(out, 0, n);
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0, -0.0, 1.0, -1.0, 0.001, -0.001, 0.1, 0.5, 12.3, 12.34, 100.0, 123.456, 0.000123e1,
      9_999_999.0, 9_999_999.999999, 1234567.5, 0.3, 2.675, 1e6, 0.125, 52.86, 0.01, 99.99, 3.0e-3, 4.35, 1.005})
  void catalogValuesTakeTheFastPathAndMatchDoubleToString(double v) {
    String fast = decimal(v);
    assertEquals(Double.toString(v), fast, "for " + v);
  }

  @ParameterizedTest
  @ValueSource(doubles = {1e7, 1.0e8, 0.000999, 1e-4, 0.1 + 0.2, Math.PI, Double.MIN_VALUE, Double.MAX_VALUE,
      Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1.0000001, 0.1234567, 1e-300})
  void valuesOutsideTheFastPathAreLeftToDoubleToString(double v) {
    String fast = decimal(v);
    assertTrue(fast == null || fast.equals(Double.toString(v)), v + " gave " + fast);
    assertEquals(null, fast, "expected no fast path for " + v);
  }

  @Test
  void everyDecimalOfUpToSixPlacesInRangeMatches() {
    SplittableRandom random = new SplittableRandom(20261128);
    int fast = 0;
    for (int i = 0; i < RANDOM_CASES; i++) {
      int scale = random.nextInt(7);
      long unscaled = random.nextLong(1, 10_000_000L * (long) Math.pow(10, scale));
      double v = new BigDecimal(unscaled).movePointLeft(scale).doubleValue() * (random.nextBoolean() ? 1 : -1);
      String text = decimal(v);
      if (Math.abs(v) >= 1e-3) {
        assertEquals(Double.toString(v), text, "for " + unscaled + "e-" + scale);
        fast++;
      } else {
        assertTrue(text == null, "for " + v);
      }
    }
    assertTrue(fast > RANDOM_CASES / 2, "most cases should be in range: " + fast);
  }

  @Test
  void anyDoubleEitherMatchesOrIsDeclined() {
    SplittableRandom random = new SplittableRandom(42);
    for (int i = 0; i < RANDOM_CASES; i++) {
      double v = switch (i % 3) {
        case 0 -> Double.longBitsToDouble(random.nextLong());
        case 1 -> random.nextDouble(-1e7, 1e7);
        // A decimal's neighbours: one ulp off a short decimal must not be written as that decimal.
        default -> {
          double d = random.nextInt(1, 100_000_000) / 1000.0;
          yield random.nextBoolean() ? Math.nextUp(d) : Math.nextDown(d);
        }
      };
      String text = decimal(v);
      if (text != null) {
        assertEquals(Double.toString(v), text, "for bits " + Double.doubleToRawLongBits(v));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"1970-01-01T00:00:00Z", "1970-01-01T00:00:00.000000001Z", "1969-12-31T23:59:59.999999999Z",
      "2026-11-28T09:24:27.123456Z", "2026-11-28T09:24:00Z", "2026-11-28T09:24:27.120Z", "2000-02-29T12:00:00.5Z",
      "1900-03-01T00:00:00Z", "1900-02-28T23:59:59Z", "2100-03-01T00:00:00.000100Z", "0000-01-01T00:00:00Z",
      "0001-12-31T23:59:59.999Z", "9999-12-31T23:59:59.999999999Z", "1600-02-29T00:00:00Z", "2024-02-29T23:59:59.000001Z"})
  void instantsMatchInstantToString(String text) {
    Instant t = Instant.parse(text);
    assertEquals(t.toString(), instant(t));
  }

  @ParameterizedTest
  @ValueSource(strings = {"-0001-12-31T23:59:59Z", "+10000-01-01T00:00:00Z", "-290308-12-21T19:59:05.224192Z",
      "+294247-01-10T04:00:54.775807Z"})
  void instantsOutsideYearsZeroTo9999AreDeclined(String text) {
    assertEquals(null, instant(Instant.parse(text)));
  }

  @Test
  void randomInstantsOfEveryPrecisionMatch() {
    SplittableRandom random = new SplittableRandom(7);
    long first = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
    long last = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
    for (int i = 0; i < RANDOM_CASES; i++) {
      long seconds = i % 2 == 0 ? random.nextLong(first, last + 1)
          : random.nextLong(-86_400L * 366 * 100, 86_400L * 366 * 100);
      int nanos = switch (i % 4) {
        case 0 -> 0;
        case 1 -> random.nextInt(1000) * 1_000_000;
        case 2 -> random.nextInt(1_000_000) * 1_000;
        default -> random.nextInt(1_000_000_000);
      };
      Instant t = Instant.ofEpochSecond(seconds, nanos);
      assertEquals(t.toString(), instant(t));
    }
  }
}
