package catalog.app.sweep;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The child processes a sweep starts (wrk, pgbench, services), so that an interrupted sweep can end them. */
final class Processes {
  private final Set<Process> running = ConcurrentHashMap.newKeySet();

  Process start(ProcessBuilder pb) throws IOException {
    Process p = pb.start();
    running.add(p);
    return p;
  }

  /**
   * Runs a program to its end (its output and errors go to a temporary file, so nothing blocks on a
   * pipe) and returns what it printed; a non-zero exit, a timeout or a failed start is a
   * {@link SweepFailure} that quotes the output.
   */
  String run(ProcessBuilder pb, long timeoutSeconds, String what) {
    Path out = null;
    try {
      out = Files.createTempFile("catalog-sweep-" + what, ".out");
      pb.redirectErrorStream(true).redirectOutput(out.toFile());
      Process p = start(pb);
      try {
        if (!p.waitFor(timeoutSeconds, java.util.concurrent.TimeUnit.SECONDS)) {
          p.destroyForcibly();
          throw new SweepFailure(what + " did not finish within " + timeoutSeconds + " s");
        }
      } finally {
        forget(p);
      }
      String output = Files.readString(out);
      if (p.exitValue() != 0) {
        throw new SweepFailure(what + " exited with " + p.exitValue() + ": " + output.strip());
      }
      return output;
    } catch (IOException e) {
      throw new SweepFailure("cannot run " + what + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SweepFailure("interrupted while " + what + " ran");
    } finally {
      if (out != null) {
        try {
          Files.deleteIfExists(out);
        } catch (IOException ignored) {
          // a temporary file left behind
        }
      }
    }
  }

  void forget(Process p) {
    running.remove(p);
  }

  /** Ends every process still running (each by its own handle), waiting a little for each. */
  void endAll() {
    for (Process p : running) {
      p.destroy();
    }
    for (Process p : running) {
      try {
        if (!p.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
          p.destroyForcibly();
        }
      } catch (InterruptedException e) {
        p.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
    running.clear();
  }

  static boolean onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(File.pathSeparator)) {
      Path candidate = Path.of(dir, program);
      if (Files.isExecutable(candidate)) {
        return true;
      }
    }
    return false;
  }
}
