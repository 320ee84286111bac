package catalog.app.sweep;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/** Runs wrk with a workload script and reads its BENCH line. */
final class Wrk {
  /** How long wrk waits for one answer before it counts a timeout; well above the service's acquire timeout. */
  static final String TIMEOUT = "10s";

  private final Processes processes;

  Wrk(Processes processes) {
    this.processes = processes;
  }

  /** Checks wrk is installed; the message says how to install it. */
  static void requireInstalled() {
    if (!Processes.onPath("wrk")) {
      throw new SweepFailure("wrk is not installed (Debian/Ubuntu: apt-get install wrk; macOS: brew install wrk); "
          + "scripts/pool-sweep installs it when run as root");
    }
  }

  /** The threads wrk runs with for {@code connections}: one a connection, at most one a core. */
  static int threads(int connections) {
    return Math.max(1, Math.min(connections, Runtime.getRuntime().availableProcessors()));
  }

  WrkResult run(URI base, Workload workload, int connections, Duration duration) {
    int threads = threads(connections);
    List<String> command = List.of("wrk", "-t" + threads, "-c" + connections, "-d" + duration.toSeconds() + "s",
        "--timeout", TIMEOUT, "-s", workload.script().toString(), base.toString());
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().putAll(workload.env());
    try {
      return WrkResult.parse(processes.run(pb, duration.toSeconds() + 60, "wrk"));
    } catch (IllegalArgumentException e) {
      throw new SweepFailure(e.getMessage());
    }
  }
}
