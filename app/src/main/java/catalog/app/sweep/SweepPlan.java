package catalog.app.sweep;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What a sweep measures and for how long. Trials run in rounds: each round measures the pgbench
 * baseline, then every pool size (in increasing order in odd rounds, decreasing in even ones) at every
 * client count, then the optional no-pool service; so slow drift in the machine's background load
 * spreads over every point as spread, instead of biasing the points measured last.
 */
public record SweepPlan(
    List<Integer> poolSizes, List<Integer> concurrencies, String workload, Path workloadFile, String mix,
    Duration duration, Duration warmup, int trials, Duration baselineDuration, boolean pgbench, int pgbenchScale,
    boolean compareNone, int products, double maxSocketErrorRatio, P99Basis ruleP99, boolean quick) {

  public SweepPlan {
    poolSizes = List.copyOf(poolSizes);
    concurrencies = List.copyOf(concurrencies);
    check(!poolSizes.isEmpty(), "--pool-sizes needs at least one size");
    check(poolSizes.stream().allMatch(s -> s >= 1 && s <= 1000), "--pool-sizes must be from 1 to 1000");
    check(poolSizes.stream().distinct().count() == poolSizes.size(), "--pool-sizes has a size twice");
    check(!concurrencies.isEmpty(), "--concurrency needs at least one client count");
    check(concurrencies.stream().allMatch(c -> c >= 1 && c <= 10_000), "--concurrency must be from 1 to 10000");
    check(concurrencies.stream().distinct().count() == concurrencies.size(), "--concurrency has a count twice");
    check(duration.toSeconds() >= 1, "--duration must be at least 1s");
    check(!warmup.isNegative(), "--warmup must not be negative");
    check(trials >= 1 && trials <= 100, "--trials must be from 1 to 100");
    check(baselineDuration.toSeconds() >= 1, "--baseline-duration must be at least 1s");
    check(pgbenchScale >= 1, "--pgbench-scale must be at least 1");
    check(products >= 1, "--products must be at least 1");
    check(maxSocketErrorRatio >= 0 && maxSocketErrorRatio <= 1, "--max-socket-errors must be from 0 to 100 (%)");
    poolSizes = poolSizes.stream().sorted().toList();
    concurrencies = concurrencies.stream().sorted().toList();
  }

  /** Every trial in the order it runs. */
  public List<TrialSpec> schedule() {
    List<TrialSpec> out = new ArrayList<>();
    for (int round = 1; round <= trials; round++) {
      if (pgbench) {
        for (int c : concurrencies) {
          out.add(new TrialSpec(Kind.PGBENCH, 0, c, round));
        }
      }
      List<Integer> sizes = new ArrayList<>(poolSizes);
      if (round % 2 == 0) {
        sizes = sizes.reversed();
      }
      for (int size : sizes) {
        for (int c : concurrencies) {
          out.add(new TrialSpec(Kind.HIKARI, size, c, round));
        }
      }
      if (compareNone) {
        for (int c : concurrencies) {
          out.add(new TrialSpec(Kind.NONE, 0, c, round));
        }
      }
    }
    return out;
  }

  /** The first warm-up of a fresh service (JIT, connections): at least this long ... */
  public Duration initialWarmup() {
    return quick ? Duration.ofSeconds(4) : Duration.ofSeconds(5);
  }

  /** ... and until its throughput settles, but no longer than this. */
  public Duration initialWarmupLimit() {
    return quick ? Duration.ofSeconds(10) : Duration.ofSeconds(20);
  }

  /** About how long the trials take, warm-ups and resizes included (not the first data generation). */
  public Duration estimate() {
    double seconds = initialWarmup().toSeconds();
    int resizes = 0;
    int previous = -1;
    for (TrialSpec t : schedule()) {
      seconds += 0.4;
      if (t.kind() == Kind.PGBENCH) {
        seconds += baselineDuration.toSeconds();
      } else {
        seconds += duration.toSeconds() + warmup.toMillis() / 1000.0;
      }
      if (t.kind() == Kind.HIKARI && t.poolSize() != previous) {
        resizes++;
        previous = t.poolSize();
      }
    }
    return Duration.ofSeconds(Math.round(seconds + resizes * 0.5));
  }

  public int maxConcurrency() {
    return concurrencies.getLast();
  }

  private static void check(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }
}
