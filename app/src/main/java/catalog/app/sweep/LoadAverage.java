package catalog.app.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine's 1, 5 and 15 minute load averages ({@code /proc/loadavg}; NaN where there is none). */
public record LoadAverage(double one, double five, double fifteen) {
  static final LoadAverage UNKNOWN = new LoadAverage(Double.NaN, Double.NaN, Double.NaN);

  static LoadAverage now() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
      return new LoadAverage(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), Double.parseDouble(parts[2]));
    } catch (IOException | RuntimeException e) {
      double one = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
      return new LoadAverage(one < 0 ? Double.NaN : one, Double.NaN, Double.NaN);
    }
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "%.2f %.2f %.2f", one, five, fifteen);
  }
}
