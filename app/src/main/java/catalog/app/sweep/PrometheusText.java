package catalog.app.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the Prometheus text exposition format (version 0.0.4): comments and blank lines are
 * skipped, label values may hold escaped quotes, backslashes and newlines, values may be
 * {@code +Inf}, {@code -Inf} or {@code NaN}, and a trailing timestamp is ignored.
 */
final class PrometheusText {
  private PrometheusText() {}

  static Scrape parse(String text) {
    List<Sample> samples = new ArrayList<>();
    int lineNo = 0;
    for (String line : text.split("\n")) {
      lineNo++;
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      try {
        samples.add(sample(l));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("line " + lineNo + " is not a Prometheus sample: " + line, e);
      }
    }
    return new Scrape(samples);
  }

  private static Sample sample(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) != '{' && !Character.isWhitespace(line.charAt(i))) {
      i++;
    }
    String name = line.substring(0, i);
    if (name.isEmpty()) {
      throw new IllegalArgumentException("no metric name");
    }
    Map<String, String> labels = new LinkedHashMap<>();
    if (i < line.length() && line.charAt(i) == '{') {
      i = labels(line, i + 1, labels);
    }
    String[] rest = line.substring(i).strip().split("\\s+");
    return new Sample(name, labels, value(rest[0]));
  }

  /** Reads {@code key="value",...}} from {@code i}; returns the index after the closing brace. */
  private static int labels(String line, int i, Map<String, String> out) {
    while (true) {
      while (line.charAt(i) == ' ' || line.charAt(i) == ',') {
        i++;
      }
      if (line.charAt(i) == '}') {
        return i + 1;
      }
      int eq = line.indexOf('=', i);
      String key = line.substring(i, eq).strip();
      if (line.charAt(eq + 1) != '"') {
        throw new IllegalArgumentException("label " + key + " has no quoted value");
      }
      StringBuilder value = new StringBuilder();
      int j = eq + 2;
      for (char c = line.charAt(j); c != '"'; c = line.charAt(++j)) {
        if (c == '\\') {
          char next = line.charAt(++j);
          value.append(next == 'n' ? '\n' : next);
        } else {
          value.append(c);
        }
      }
      out.put(key, value.toString());
      i = j + 1;
    }
  }

  private static double value(String text) {
    return switch (text) {
      case "+Inf", "Inf" -> Double.POSITIVE_INFINITY;
      case "-Inf" -> Double.NEGATIVE_INFINITY;
      case "NaN" -> Double.NaN;
      default -> Double.parseDouble(text);
    };
  }
}
