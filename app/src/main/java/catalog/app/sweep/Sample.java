package catalog.app.sweep;

import java.util.Map;

/** One line of a Prometheus text exposition: a series name, its labels and its value. */
record Sample(String name, Map<String, String> labels, double value) {
  Sample {
    labels = Map.copyOf(labels);
  }

  boolean matches(Map<String, String> wanted) {
    for (Map.Entry<String, String> e : wanted.entrySet()) {
      if (!e.getValue().equals(labels.get(e.getKey()))) {
        return false;
      }
    }
    return true;
  }
}
