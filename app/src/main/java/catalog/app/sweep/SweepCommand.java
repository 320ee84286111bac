package catalog.app.sweep;

import catalog.app.ServiceUrl;
import catalog.infra.config.CatalogConfig;
import catalog.infra.config.ConfigError;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code catalog sweep}: pool sizes against client counts with wrk, beside a pgbench baseline, with a report. */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Sweep pool sizes and client concurrency with wrk, in repeated trials, beside a pgbench baseline, and write "
            + "trials.csv, summary.csv, report.md, report.html and PNG charts with a recommended pool size.",
        "Starts the service itself (database from DATABASE_URL or POSTGRES_*, default catalog_sweep) unless --url "
            + "names a running one. Exit status: 0 done, 1 failed (a partial result is kept and marked), 2 bad usage."},
    footer = {"", "Defaults of a full sweep: %n  --pool-sizes 1,2,4,8,16,32 --concurrency 16,64 --trials 3 --duration 10s "
        + "--warmup 1s --baseline-duration 3s --products 10000 (about 7 minutes).",
        "--quick: --pool-sizes 1,4,16 --concurrency 8,32 --trials 2 --duration 2s --warmup 0 --baseline-duration 2s "
            + "--products 2000 (about a minute). Options given explicitly win over both."})
public final class SweepCommand implements Callable<Integer> {
  @Option(names = "--pool-sizes", split = ",", paramLabel = "N,N,...",
      description = "Pool sizes to measure (live resizes through PUT /admin/pool, max overflow 0). Default 1,2,4,8,16,32.")
  List<Integer> poolSizes;

  @Option(names = "--concurrency", split = ",", paramLabel = "C,C,...",
      description = "Client counts (wrk connections, and pgbench clients). Default 16,64.")
  List<Integer> concurrency;

  @Option(names = "--workload", paramLabel = "NAME",
      description = "read (GET by random id), list (a brand's newest products), search (similarity search), write "
          + "(GET then PATCH with If-Match), mixed (weights from --mix). Default read.")
  String workload;

  @Option(names = "--workload-file", paramLabel = "FILE",
      description = "A wrk Lua script of your own instead of --workload; it must print a BENCH line "
          + "(see scripts/workloads/common.lua).")
  Path workloadFile;

  @Option(names = "--mix", paramLabel = "KIND=W,...", description = "Weights of the mixed workload. Default "
      + WorkloadScripts.DEFAULT_MIX + ".")
  String mix;

  @Option(names = "--duration", paramLabel = "TIME", converter = DurationOption.class,
      description = "Length of one measured trial (10s, 1m). Default 10s.")
  Duration duration;

  @Option(names = "--warmup", paramLabel = "TIME", converter = DurationOption.class,
      description = "Unmeasured load before each trial (0 for none). Default 1s. The fresh service also gets a "
          + "first warm-up until its throughput settles (5 to 20 s; --quick 4 to 10 s).")
  Duration warmup;

  @Option(names = "--trials", paramLabel = "N",
      description = "Trials per point, run in interleaved rounds; the report gives the median, min and max. Default 3.")
  Integer trials;

  @Option(names = "--out", paramLabel = "DIR", description = "Where to write the results. Default results/<timestamp>.")
  Path out;

  @Option(names = "--url", paramLabel = "URL",
      description = "A running service to measure instead of starting one; it needs its CATALOG_ADMIN_TOKEN "
          + "(--admin-token), and DATABASE_URL or POSTGRES_* must name its database.")
  URI url;

  @Option(names = "--admin-token", paramLabel = "TOKEN",
      description = "The --url service's CATALOG_ADMIN_TOKEN (default: the CATALOG_ADMIN_TOKEN variable).")
  String adminToken;

  @Option(names = "--api-key", paramLabel = "KEY",
      description = "An API key of the --url service, for the write and mixed workloads (default: CATALOG_API_KEY, "
          + "else the first of CATALOG_API_KEYS).")
  String apiKey;

  @Option(names = "--products", paramLabel = "N",
      description = "Make sure the catalog holds at least N products, generating the missing ones. Default 10000.")
  Integer products;

  @Option(names = "--pool-mode", paramLabel = "MODE",
      description = "hikari (default): sweep the pool only. none: also measure a service with no pool (a new "
          + "connection per request, the original's NullPool) at each client count, for comparison.")
  String poolMode;

  @Option(names = "--none-url", paramLabel = "URL",
      description = "With --url and --pool-mode none: a second running service started with DB_POOL_MODE=none.")
  URI noneUrl;

  @Option(names = "--baseline-duration", paramLabel = "TIME", converter = DurationOption.class,
      description = "Length of each pgbench baseline run. Default 3s.")
  Duration baselineDuration;

  @Option(names = "--no-pgbench", description = "Leave out the pgbench baseline.")
  boolean noPgbench;

  @Option(names = "--pgbench-scale", paramLabel = "N",
      description = "pgbench scale of the baseline database " + Pgbench.DATABASE + " (initialised once). Default 10.")
  Integer pgbenchScale;

  @Option(names = "--max-socket-errors", paramLabel = "PERCENT",
      description = "Stop when wrk's socket errors exceed this share of a trial's requests. Default 1.")
  Double maxSocketErrors;

  @Option(names = "--rule-p99", paramLabel = "server|wrk",
      description = "Which p99 the recommendation rule judges: server (default), the service's own time per API "
          + "request from its HTTP timer; or wrk, the client's, which wrk corrects for coordinated omission so "
          + "that stalls of a shared machine dominate it.")
  String ruleP99;

  @Option(names = "--quick", description = "A smoke sweep of about a minute (see below).")
  boolean quick;

  private final Map<String, String> env;
  private final PrintStream log;

  public SweepCommand() {
    this(System.getenv(), System.out);
  }

  /** With the environment and output given (tests run the command in-process). */
  public SweepCommand(Map<String, String> env, PrintStream log) {
    this.env = Map.copyOf(env);
    this.log = log;
  }

  @Override
  public Integer call() {
    SweepPlan plan;
    try {
      plan = plan();
    } catch (IllegalArgumentException e) {
      System.err.println("catalog sweep: " + e.getMessage());
      return 2;
    }
    Path dir = out != null ? out
        : Path.of("results", LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
    Processes processes = new Processes();
    ServiceSetup services = null;
    Sweep sweep = null;
    Thread hook = null;
    try {
      Files.createDirectories(dir);
      services = url != null ? ServiceSetup.given(this, env, plan) : ServiceSetup.start(env, plan, dir, processes, log);
      CatalogConfig config = CatalogConfig.from(services.databaseEnv());
      Sweep running = new Sweep(plan, services.target(), config, dir, log, processes);
      sweep = running;
      hook = new Thread(() -> {
        running.stop();
        processes.endAll();
        running.partial("interrupted before the end").ifPresent(r -> Reports.write(dir, r));
      }, "sweep-interrupted");
      Runtime.getRuntime().addShutdownHook(hook);
      SweepResult result = sweep.run();
      if (running.stopped()) {
        return 1; // interrupted: the hook writes what was measured, marked partial
      }
      Reports.write(dir, result);
      Runtime.getRuntime().removeShutdownHook(hook);
      hook = null;
      log.print(Reports.conclusion(result, dir));
      return result.partial() ? 1 : 0;
    } catch (SweepFailure | ConfigError e) {
      System.err.println("catalog sweep: " + e.getMessage());
      return 1;
    } catch (java.io.IOException e) {
      System.err.println("catalog sweep: cannot write to " + dir + ": " + e.getMessage());
      return 1;
    } finally {
      if (hook != null) {
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
          // the hook is running and writes the partial result
        }
      }
      if (services != null) {
        services.close();
      }
      processes.endAll();
    }
  }

  SweepPlan plan() {
    checkUrl("--url", url);
    checkUrl("--none-url", noneUrl);
    if (poolMode != null && !poolMode.equals("hikari") && !poolMode.equals("none")) {
      throw new IllegalArgumentException("--pool-mode must be hikari or none (got " + poolMode + ")");
    }
    boolean none = "none".equals(poolMode);
    if (url != null && none && noneUrl == null) {
      throw new IllegalArgumentException("--pool-mode none with --url needs --none-url: the URL of a second service "
          + "started with DB_POOL_MODE=none (or leave out --url and the sweep starts both)");
    }
    if (workload != null && workloadFile != null) {
      throw new IllegalArgumentException("give --workload or --workload-file, not both");
    }
    String m = mix != null ? mix : WorkloadScripts.DEFAULT_MIX;
    WorkloadScripts.checkMix(m);
    String w = workload != null ? workload : "read";
    if (workloadFile == null && !WorkloadScripts.NAMES.contains(w)) {
      throw new IllegalArgumentException("--workload must be one of " + String.join(", ", WorkloadScripts.NAMES)
          + " (got " + w + "), or give --workload-file");
    }
    if (mix != null && workloadFile == null && !w.equals("mixed")) {
      throw new IllegalArgumentException("--mix weighs the kinds of --workload mixed (or CATALOG_MIX for a"
          + " --workload-file); the " + w + " workload has none");
    }
    if (workloadFile != null && !Files.isRegularFile(workloadFile)) {
      throw new IllegalArgumentException("--workload-file " + workloadFile + " is not a file");
    }
    if (url != null && (adminToken() == null || adminToken().isBlank())) {
      throw new IllegalArgumentException("--url needs the service's admin token: --admin-token or CATALOG_ADMIN_TOKEN");
    }
    if (url != null && workloadFile == null && WorkloadScripts.writes(w, m) && apiKey() == null) {
      throw new IllegalArgumentException("the " + w + " workload writes: give the service's API key with --api-key"
          + " (or CATALOG_API_KEY)");
    }
    return new SweepPlan(
        or(poolSizes, quick ? List.of(1, 4, 16) : List.of(1, 2, 4, 8, 16, 32)),
        or(concurrency, quick ? List.of(8, 32) : List.of(16, 64)),
        w, workloadFile, m,
        or(duration, Duration.ofSeconds(quick ? 2 : 10)),
        or(warmup, Duration.ofSeconds(quick ? 0 : 1)),
        or(trials, quick ? 2 : 3),
        or(baselineDuration, Duration.ofSeconds(quick ? 2 : 3)),
        !noPgbench, or(pgbenchScale, 10), none,
        or(products, quick ? 2000 : 10_000),
        or(maxSocketErrors, 1.0) / 100, P99Basis.of(or(ruleP99, "server")), quick);
  }

  String adminToken() {
    return adminToken != null ? adminToken : env.get("CATALOG_ADMIN_TOKEN");
  }

  String apiKey() {
    if (apiKey != null) {
      return apiKey;
    }
    if (env.containsKey("CATALOG_API_KEY")) {
      return env.get("CATALOG_API_KEY");
    }
    String keys = env.get("CATALOG_API_KEYS");
    return keys == null || keys.isBlank() ? null : keys.split(",")[0].strip();
  }

  URI url() {
    return url;
  }

  private static void checkUrl(String option, URI given) {
    String problem = given == null ? null : ServiceUrl.problem(option, given);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
  }

  URI noneUrl() {
    return noneUrl;
  }

  static String secret() {
    byte[] bytes = new byte[16];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private static <T> T or(T given, T otherwise) {
    return given != null ? given : otherwise;
  }

  static Map<String, String> with(Map<String, String> env, Map<String, String> extra) {
    Map<String, String> out = new HashMap<>(env);
    out.putAll(extra);
    return out;
  }
}
