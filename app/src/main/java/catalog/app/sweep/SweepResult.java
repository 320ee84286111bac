package catalog.app.sweep;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Everything a sweep measured and concluded: the plan, the machine, each trial, each point's summary,
 * the recommendations, notes worth reading beside the figures, and the failure that cut it short, if any.
 */
public record SweepResult(
    SweepPlan plan, Machine machine, String target, String workload, Instant started, Instant finished,
    LoadAverage loadAtEnd, List<Trial> trials, List<PointSummary> summaries, List<Recommendation> recommendations,
    List<String> notes, Optional<String> failure) {

  public SweepResult {
    trials = List.copyOf(trials);
    summaries = List.copyOf(summaries);
    recommendations = List.copyOf(recommendations);
    notes = List.copyOf(notes);
  }

  static SweepResult of(SweepPlan plan, Machine machine, String target, String workload, Instant started,
      List<Trial> trials, List<String> notes, Optional<String> failure) {
    List<PointSummary> summaries = Summaries.of(trials);
    return new SweepResult(plan, machine, target, workload, started, Instant.now(), LoadAverage.now(), trials,
        summaries, PoolRule.recommend(summaries, plan.ruleP99()), notes, failure);
  }

  public boolean partial() {
    return failure.isPresent();
  }

  public Duration elapsed() {
    return Duration.between(started, finished);
  }
}
