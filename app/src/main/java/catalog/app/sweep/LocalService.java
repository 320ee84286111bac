package catalog.app.sweep;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Catalog service the sweep starts itself: this same program ({@code catalog serve
 * --create-database}) as a child process on a free port, with the given environment on top of its own,
 * logging to a file. Closing it stops the process.
 */
final class LocalService implements AutoCloseable {
  private static final Pattern LISTENING = Pattern.compile("catalog listening on http://([^:\\s]+):(\\d+)");

  private final Process process;
  private final Processes processes;
  private final URI base;
  private final Path log;

  private LocalService(Process process, Processes processes, URI base, Path log) {
    this.process = process;
    this.processes = processes;
    this.base = base;
    this.log = log;
  }

  static LocalService start(Map<String, String> env, Path log, Processes processes, long timeoutSeconds) {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    String javaOpts = env.getOrDefault("CATALOG_JAVA_OPTS", "").strip();
    if (!javaOpts.isEmpty()) {
      command.addAll(List.of(javaOpts.split("\\s+")));
    }
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), "catalog.app.Main", "serve",
        "--create-database"));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().putAll(env);
    pb.environment().put("HTTP_HOST", "127.0.0.1");
    pb.environment().put("HTTP_PORT", "0");
    Process p;
    try {
      p = processes.start(pb);
    } catch (IOException e) {
      throw new SweepFailure("cannot start the service: " + e.getMessage());
    }
    long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
    while (System.nanoTime() < deadline) {
      String text = read(log);
      Matcher m = LISTENING.matcher(text);
      if (m.find()) {
        return new LocalService(p, processes, URI.create("http://127.0.0.1:" + m.group(2) + "/"), log);
      }
      if (!p.isAlive()) {
        processes.forget(p);
        throw new SweepFailure("the service did not start (exit " + p.exitValue() + "); its log " + log
            + " ends with:\n" + tail(text));
      }
      sleep();
    }
    p.destroy();
    throw new SweepFailure("the service did not start within " + timeoutSeconds + " s; see " + log);
  }

  URI base() {
    return base;
  }

  Path log() {
    return log;
  }

  boolean alive() {
    return process.isAlive();
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    processes.forget(process);
  }

  static String tail(String text) {
    String[] lines = text.split("\n");
    return String.join("\n", List.of(lines).subList(Math.max(0, lines.length - 15), lines.length));
  }

  private static String read(Path log) {
    try {
      return Files.exists(log) ? Files.readString(log) : "";
    } catch (IOException e) {
      return "";
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SweepFailure("interrupted while the service started");
    }
  }
}
