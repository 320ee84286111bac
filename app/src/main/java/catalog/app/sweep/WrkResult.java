package catalog.app.sweep;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures of wrk's BENCH line ({@code BENCH key=value ...}, printed by the workload's
 * {@code done}); the status counts are there only when the workload counted them.
 */
record WrkResult(Map<String, Double> figures) {
  static WrkResult parse(String output) {
    for (String line : output.split("\n")) {
      if (line.startsWith("BENCH ")) {
        Map<String, Double> figures = new LinkedHashMap<>();
        for (String pair : line.substring(6).trim().split("\\s+")) {
          int eq = pair.indexOf('=');
          if (eq > 0) {
            figures.put(pair.substring(0, eq), Double.parseDouble(pair.substring(eq + 1)));
          }
        }
        for (String needed : new String[] {"rps", "p50_ms", "p99_ms", "requests", "socket_errors", "non2xx"}) {
          if (!figures.containsKey(needed)) {
            throw new IllegalArgumentException("the BENCH line has no " + needed + ": " + line);
          }
        }
        return new WrkResult(figures);
      }
    }
    throw new IllegalArgumentException("wrk printed no BENCH line (the workload's done() must print one; see "
        + "scripts/workloads/common.lua)");
  }

  double get(String key) {
    return figures.getOrDefault(key, Double.NaN);
  }

  long count(String key) {
    Double v = figures.get(key);
    return v == null ? -1 : v.longValue();
  }

  boolean counted() {
    return figures.containsKey("status_5xx");
  }

  double seconds(double planned) {
    double d = get("duration_s");
    return Double.isFinite(d) && d > 0 ? d : planned;
  }
}
