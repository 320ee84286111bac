package catalog.app.sweep;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The bundled wrk scripts ({@code scripts/workloads/*.lua}, packed into the jar under {@code workloads/}),
 * copied to a directory wrk can read, and the {@link Workload} for a name or a user's own script.
 */
final class WorkloadScripts {
  static final List<String> NAMES = List.of("read", "list", "search", "write", "mixed");
  static final String DEFAULT_MIX = "read=70,list=15,search=10,write=5";
  private static final Pattern MIX = Pattern.compile("(read|list|search|write)=\\d+(\\.\\d+)?(,(read|list|search|write)=\\d+(\\.\\d+)?)*");

  private final Path dir;

  private WorkloadScripts(Path dir) {
    this.dir = dir;
  }

  /** Copies the bundled scripts into {@code dir}. */
  static WorkloadScripts extract(Path dir) {
    try {
      Files.createDirectories(dir);
      for (String name : List.of("common", "read", "list", "search", "write", "mixed")) {
        try (InputStream in = WorkloadScripts.class.getResourceAsStream("/workloads/" + name + ".lua")) {
          if (in == null) {
            throw new IllegalStateException("workloads/" + name + ".lua is missing from the build (scripts/workloads)");
          }
          Files.copy(in, dir.resolve(name + ".lua"), StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy the workload scripts to " + dir, e);
    }
    return new WorkloadScripts(dir);
  }

  Path dir() {
    return dir;
  }

  /**
   * The workload to run: a user's script when {@code file} is given (its name is the file name),
   * else the bundled one of that name. {@code data} holds the files and key the scripts read.
   */
  Workload workload(String name, Path file, String mix, Map<String, String> data) {
    Map<String, String> env = new java.util.HashMap<>(data);
    env.put("CATALOG_WORKLOADS_DIR", dir.toString());
    if (file != null) {
      if (!Files.isReadable(file)) {
        throw new IllegalArgumentException("--workload-file " + file + " cannot be read");
      }
      env.put("CATALOG_MIX", mix);
      String own = file.getFileName().toString().replaceFirst("\\.lua$", "");
      return new Workload(own, file.toAbsolutePath(), env, true);
    }
    if (!NAMES.contains(name)) {
      throw new IllegalArgumentException("--workload " + name + " is not one of " + String.join(", ", NAMES)
          + " (or give your own script with --workload-file)");
    }
    if (name.equals("mixed")) {
      env.put("CATALOG_MIX", mix);
    }
    return new Workload(name, dir.resolve(name + ".lua"), env, writes(name, mix));
  }

  /** Whether the bundled workload {@code name} writes: write, or mixed with a write weight above 0. */
  static boolean writes(String name, String mix) {
    return name.equals("write") || name.equals("mixed") && Arrays.stream(mix.split(","))
        .anyMatch(kind -> kind.startsWith("write=") && Double.parseDouble(kind.substring("write=".length())) > 0);
  }

  static void checkMix(String mix) {
    if (!MIX.matcher(mix).matches()) {
      throw new IllegalArgumentException("--mix " + mix + " is not a list of kind=weight with kinds read, list, "
          + "search, write (e.g. " + DEFAULT_MIX + ")");
    }
    // The workload script refuses it only when wrk runs, after the sweep has started.
    if (Arrays.stream(mix.split(",")).allMatch(kind -> Double.parseDouble(kind.substring(kind.indexOf('=') + 1)) == 0)) {
      throw new IllegalArgumentException("--mix " + mix + " gives no kind a weight above 0");
    }
  }
}
