package catalog.app.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The machine a sweep ran on: cores, memory, CPU model, OS and Java, and its load average at the start. */
public record Machine(int cores, long memoryMb, String cpu, String os, String java, LoadAverage loadAtStart) {

  static Machine describe() {
    return new Machine(Runtime.getRuntime().availableProcessors(), readMemoryMb(), readCpu(),
        System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
        System.getProperty("java.vendor") + " " + System.getProperty("java.version"), LoadAverage.now());
  }

  public String summary() {
    return String.format(Locale.ROOT, "%d cores (%s), %.1f GiB memory, %s, Java %s; load average at start %s",
        cores, cpu, memoryMb / 1024.0, os, java, loadAtStart);
  }

  private static long readMemoryMb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (line.startsWith("MemTotal:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: fall through
    }
    return Runtime.getRuntime().maxMemory() / (1024 * 1024);
  }

  private static String readCpu() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).strip();
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: fall through
    }
    return System.getProperty("os.arch");
  }
}
