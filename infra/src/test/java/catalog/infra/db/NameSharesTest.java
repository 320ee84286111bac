package catalog.infra.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import catalog.infra.db.NameContains.Plan;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameSharesTest {
  /** 20 % of the names are common values, 10 % NULL, and the other 70 % spread along 4 histogram bounds. */
  private static final NameShares.Statistics STATISTICS = new NameShares.Statistics(
      new ColumnStatistics(100_000, 0.1, 50_000, List.of("rice flakes", "paneer"), List.of(0.15, 0.05),
          List.of("bean curd", "rice bran oil", "wheat flour", "wild rice")));

  @Test
  void aShareAddsTheCommonValuesThatContainTheTextToItsShareOfTheRest() {
    assertEquals(0.15 + 0.7 * 2 / 4, STATISTICS.containing("rice"), 1e-9);
    assertEquals(0.05, STATISTICS.containing("paneer"), 1e-9);
    assertEquals(0.7 / 4, STATISTICS.containing("flour"), 1e-9);
    assertEquals(0, STATISTICS.containing("mango"), 1e-9);
    assertEquals(0.15 + 0.05 + 0.7, STATISTICS.containing("r"), 1e-9, "every name holds an r");
  }

  @Test
  void withoutAHistogramOnlyTheCommonValuesCount() {
    var common = new NameShares.Statistics(new ColumnStatistics(10, 0, 1, List.of("rice"), List.of(1.0), List.of()));
    assertEquals(1.0, common.containing("ric"), 1e-9);
    assertEquals(0, common.containing("flour"), 1e-9);
    assertThrows(IllegalArgumentException.class,
        () -> new ColumnStatistics(10, 0, 1, List.of("rice"), List.of(), List.of()));
  }

  /** The walk wins from the share where its (wanted / share) entries cost what share × rows matches do. */
  @Test
  void theWalkWinsFromAboutOnePercentOfAHundredThousandNames() {
    assertEquals(Plan.WALK, NameContains.choose(0.0130, 100_000, 51));
    assertEquals(Plan.MATCHES, NameContains.choose(0.0056, 100_000, 51));
    assertEquals(Plan.MATCHES, NameContains.choose(0.0037, 100_000, 51));
    assertEquals(Plan.MATCHES, NameContains.choose(0, 100_000, 51));
    assertEquals(Plan.WALK, NameContains.choose(0.0056, 100_000, 2), "a page of one needs a short walk");
    assertEquals(Plan.WALK, NameContains.choose(0.0056, 10_000_000, 51), "and a larger catalog a longer one");
  }
}
