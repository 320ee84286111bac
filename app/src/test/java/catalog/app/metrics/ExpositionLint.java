package catalog.app.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of {@code promtool check metrics} that matter most, for when promtool is not installed:
 * well-formed samples, HELP and TYPE for every family, {@code _total} on counters, no reserved
 * suffix on gauges, no duplicate series, and cumulative histogram buckets ending in {@code +Inf}.
 */
final class ExpositionLint {
  private static final Pattern SAMPLE = Pattern.compile(
      "([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(?:[a-zA-Z_][a-zA-Z0-9_]*=\"(?:[^\"\\\\]|\\\\.)*\",?)*})? (\\S+)");
  private static final Pattern META = Pattern.compile("# (HELP|TYPE) ([a-zA-Z_:][a-zA-Z0-9_:]*) ?(.*)");
  private static final Pattern LE = Pattern.compile("le=\"([^\"]+)\"");

  private ExpositionLint() {}

  /** Every problem found, one a line; empty when there is none. */
  static String problems(String exposition) {
    List<String> problems = new ArrayList<>();
    Map<String, String> types = new HashMap<>();
    Set<String> helped = new HashSet<>();
    Set<String> series = new HashSet<>();
    Map<String, List<double[]>> buckets = new LinkedHashMap<>();
    for (String line : exposition.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      if (line.startsWith("#")) {
        Matcher meta = META.matcher(line);
        if (!meta.matches()) {
          problems.add("unreadable comment: " + line);
        } else if (meta.group(1).equals("HELP")) {
          if (meta.group(3).isBlank()) {
            problems.add(meta.group(2) + ": no help text");
          }
          helped.add(meta.group(2));
        } else {
          types.put(meta.group(2), meta.group(3));
        }
        continue;
      }
      Matcher sample = SAMPLE.matcher(line);
      if (!sample.matches()) {
        problems.add("unreadable sample: " + line);
        continue;
      }
      String name = sample.group(1);
      String labels = sample.group(2) == null ? "" : sample.group(2);
      if (!series.add(name + labels)) {
        problems.add("duplicate series: " + name + labels);
      }
      try {
        Double.parseDouble(sample.group(3).replace("Inf", "Infinity"));
      } catch (NumberFormatException e) {
        problems.add("not a number: " + line);
      }
      String family = family(name, types);
      if (family == null) {
        problems.add(name + ": no TYPE");
        continue;
      }
      if (!helped.contains(family)) {
        problems.add(family + ": no HELP");
      }
      String type = types.get(family);
      if (type.equals("counter") && !name.endsWith("_total")) {
        problems.add(name + ": a counter's name should end in _total");
      }
      if (type.equals("gauge") && (name.endsWith("_count") || name.endsWith("_sum") || name.endsWith("_bucket"))) {
        problems.add(name + ": a gauge's name should not end in _count, _sum or _bucket");
      }
      if (type.equals("histogram") && name.endsWith("_bucket")) {
        Matcher le = LE.matcher(labels);
        if (!le.find()) {
          problems.add(name + labels + ": a bucket without le");
        } else {
          String key = family + labels.replace(le.group(0), "");
          buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(new double[] {
              bound(le.group(1)), Double.parseDouble(sample.group(3))});
        }
      }
    }
    buckets.forEach((key, values) -> {
      if (values.get(values.size() - 1)[0] != Double.POSITIVE_INFINITY) {
        problems.add(key + ": buckets do not end in +Inf");
      }
      for (int i = 1; i < values.size(); i++) {
        if (values.get(i)[0] <= values.get(i - 1)[0] || values.get(i)[1] < values.get(i - 1)[1]) {
          problems.add(key + ": buckets are not cumulative in increasing le order");
          break;
        }
      }
    });
    return String.join("\n", problems);
  }

  private static String family(String name, Map<String, String> types) {
    if (types.containsKey(name)) {
      return name;
    }
    for (String suffix : List.of("_bucket", "_count", "_sum", "_total", "_max")) {
      if (name.endsWith(suffix) && types.containsKey(name.substring(0, name.length() - suffix.length()))) {
        return name.substring(0, name.length() - suffix.length());
      }
    }
    return null;
  }

  private static double bound(String le) {
    return le.equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(le);
  }
}
