package catalog.app.sweep;

import static catalog.app.sweep.Fixtures.point;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class PoolRuleTest {
  @Test
  void theSmallestPoolWithinFivePercentOfTheBestThroughputAndTenOfTheBestP99Wins() {
    Recommendation r = PoolRule.at(64, List.of(
        point(1, 64, 1000, 50),
        point(2, 64, 1900, 30),
        point(4, 64, 1960, 21.5),
        point(8, 64, 2000, 20),
        point(16, 64, 1980, 25)), P99Basis.WRK);
    assertEquals(OptionalInt.of(4), r.poolSize(), r.reason());
    assertEquals(2000, r.bestRps());
    assertEquals(8, r.bestRpsPool());
    assertEquals(20, r.bestP99Ms());
    assertEquals(List.of(4, 8), r.qualifying(), "16 is fast enough but its p99 is 25 % above the best");
    assertTrue(r.metBoth());
  }

  @Test
  void theBoundariesAreInclusive() {
    Recommendation r = PoolRule.at(16, List.of(point(1, 16, 950, 11), point(2, 16, 1000, 10)), P99Basis.WRK);
    assertEquals(OptionalInt.of(1), r.poolSize(), "exactly 95 % of the throughput and 110 % of the p99 qualify");
  }

  @Test
  void justOutsideTheThroughputSlackDoesNotQualify() {
    Recommendation r = PoolRule.at(16, List.of(point(1, 16, 949, 10), point(2, 16, 1000, 10)), P99Basis.WRK);
    assertEquals(OptionalInt.of(2), r.poolSize());
  }

  @Test
  void whenNoPoolMeetsBothTheSmallestFastEnoughOneIsNamedAndTheReasonSaysSo() {
    Recommendation r = PoolRule.at(64, List.of(point(1, 64, 500, 10), point(8, 64, 1000, 40)), P99Basis.WRK);
    assertEquals(OptionalInt.of(8), r.poolSize());
    assertFalse(r.metBoth());
    assertTrue(r.qualifying().isEmpty());
    assertTrue(r.reason().startsWith("no pool met both conditions"), r.reason());
  }

  @Test
  void pointsThatFailedMoreThanOnePercentTakeNoPart() {
    Recommendation r = PoolRule.at(64, List.of(point(1, 64, 3000, 5, 0.2), point(2, 64, 1000, 10)), P99Basis.WRK);
    assertEquals(OptionalInt.of(2), r.poolSize());
    assertEquals(1000, r.bestRps());
  }

  @Test
  void whenEveryPointFailedThereIsNoRecommendation() {
    Recommendation r = PoolRule.at(64, List.of(point(1, 64, 3000, 5, 0.5)), P99Basis.WRK);
    assertTrue(r.poolSize().isEmpty());
    assertTrue(r.reason().startsWith("no pool size could be judged"), r.reason());
  }

  @Test
  void oneRecommendationPerClientCountForThePooledServiceOnly() {
    PointSummary pgbench = new PointSummary(new TrialSpec.Point(Kind.PGBENCH, 0, 16), 3, 16, Spread.of(List.of(9e4)),
        Spread.of(List.of()), Spread.of(List.of()), Spread.of(List.of()), Spread.of(List.of()), Double.NaN, Double.NaN,
        Double.NaN, Double.NaN, Double.NaN, Double.NaN, 9e4, 1, -1, 0, 0, 0, 0, Double.NaN);
    List<Recommendation> all = PoolRule.recommend(List.of(point(2, 64, 100, 10), point(1, 16, 100, 10),
        point(2, 16, 100, 10), pgbench), P99Basis.WRK);
    assertEquals(List.of(16, 64), all.stream().map(Recommendation::concurrency).toList());
    assertEquals(OptionalInt.of(1), all.getFirst().poolSize());
    assertEquals(OptionalInt.of(2), PoolRule.overall(all), "the largest per-count recommendation");
  }

  @Test
  void onTheServerBasisTheServicesOwnP99IsJudgedAndWithoutItWrksIs() {
    PointSummary small = Fixtures.withServerP99(1, 16, 990, 500, 4.2);
    PointSummary large = Fixtures.withServerP99(4, 16, 1000, 20, 4.0);
    List<Recommendation> server = PoolRule.recommend(List.of(small, large), P99Basis.SERVER);
    assertEquals(OptionalInt.of(1), server.getFirst().poolSize(), "server p99 4.2 is within 10 % of 4.0");
    assertEquals(P99Basis.SERVER, server.getFirst().basis());
    List<Recommendation> wrk = PoolRule.recommend(List.of(small, large), P99Basis.WRK);
    assertEquals(OptionalInt.of(4), wrk.getFirst().poolSize(), "wrk's p99 of pool 1 is 25 times the best");
    PointSummary unmeasured = Fixtures.withServerP99(2, 16, 1000, 20, Double.NaN);
    List<Recommendation> fallback = PoolRule.recommend(List.of(small, unmeasured), P99Basis.SERVER);
    assertEquals(P99Basis.WRK, fallback.getFirst().basis(), "no server p99 at one point: wrk's is judged");
  }
}
