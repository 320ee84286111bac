package catalog.app.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/** One scrape of {@code /metrics}: its samples, and sums over the series of a name. */
record Scrape(List<Sample> samples) {
  static final Scrape EMPTY = new Scrape(List.of());

  Scrape {
    samples = List.copyOf(samples);
  }

  boolean has(String name) {
    return samples.stream().anyMatch(s -> s.name().equals(name));
  }

  /** The sum over every series of {@code name} whose labels include {@code wanted}; NaN when there is none. */
  double sum(String name, Map<String, String> wanted) {
    return sum(name, s -> s.matches(wanted));
  }

  double sum(String name) {
    return sum(name, Map.of());
  }

  double sum(String name, Predicate<Sample> filter) {
    double total = 0;
    boolean any = false;
    for (Sample s : samples) {
      if (s.name().equals(name) && filter.test(s)) {
        total += s.value();
        any = true;
      }
    }
    return any ? total : Double.NaN;
  }

  /** Cumulative histogram buckets of {@code name} ({@code name_bucket}), summed by upper bound, in order. */
  TreeMap<Double, Double> buckets(String name) {
    return buckets(name, s -> true);
  }

  /** The same, over the series that {@code filter} keeps. */
  TreeMap<Double, Double> buckets(String name, Predicate<Sample> filter) {
    TreeMap<Double, Double> out = new TreeMap<>();
    for (Sample s : samples) {
      String le = s.labels().get("le");
      if (s.name().equals(name + "_bucket") && le != null && filter.test(s)) {
        double bound = le.equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(le);
        out.merge(bound, s.value(), Double::sum);
      }
    }
    return out;
  }

  List<Sample> series(String name) {
    List<Sample> out = new ArrayList<>();
    for (Sample s : samples) {
      if (s.name().equals(name)) {
        out.add(s);
      }
    }
    return out;
  }
}
