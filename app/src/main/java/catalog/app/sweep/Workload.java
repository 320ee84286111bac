package catalog.app.sweep;

import java.nio.file.Path;
import java.util.Map;

/** A wrk workload: its name, its Lua script, the environment that script reads, and whether it writes. */
public record Workload(String name, Path script, Map<String, String> env, boolean writes) {
  public Workload {
    env = Map.copyOf(env);
  }
}
