package catalog.app.sweep;

import catalog.infra.config.CatalogConfig;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Runs a {@link SweepPlan} against a service: checks the admin API, makes sure there is data, prepares
 * pgbench, then for each trial resizes the pool (and checks it took), warms up, and measures with wrk
 * or pgbench while sampling the pool and PostgreSQL. Every trial is appended to {@code trials.csv} as
 * it ends; any failure stops the sweep and the result says why.
 */
final class Sweep {
  private static final Duration RESIZE_WITHIN = Duration.ofSeconds(5);
  private static final Duration WARMUP_STEP = Duration.ofSeconds(2);
  private static final double SETTLED = 0.10;

  private final SweepPlan plan;
  private final Target target;
  private final CatalogConfig config;
  private final Path out;
  private final PrintStream log;
  private final Processes processes;
  private final Wrk wrk;
  private final List<Trial> trials = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final Set<String> notes = java.util.Collections.synchronizedSet(new LinkedHashSet<>());

  private volatile Machine machine;
  private volatile Instant started;
  private PostgresView pg;
  private Workload workload;
  private int currentSize = -1;
  private boolean databaseChecked;
  /** The pool's shape before the sweep resized it: a service of the user's (--url) gets it back at the end. */
  private PoolSnapshot original;
  /** Set when the sweep is interrupted (Ctrl-C): what then fails (wrk killed with it) is not a failure. */
  private volatile boolean stopped;
  private boolean waitersNoted;

  /** The services to measure: the pooled one (with its admin token) and, optionally, one in none mode. */
  record Target(URI url, String adminToken, String apiKey, URI noneUrl, String description) {}

  Sweep(SweepPlan plan, Target target, CatalogConfig config, Path out, PrintStream log, Processes processes) {
    this.plan = plan;
    this.target = target;
    this.config = config;
    this.out = out;
    this.log = log;
    this.processes = processes;
    this.wrk = new Wrk(processes);
  }

  SweepResult run() {
    started = Instant.now();
    machine = Machine.describe();
    Optional<String> failure = Optional.empty();
    ServiceHttp http = new ServiceHttp(target.url(), target.adminToken());
    AdminClient admin = new AdminClient(http);
    log.printf("sweep: %s; %d trials, about %s; writing to %s%n", machine.summary(), plan.schedule().size(),
        minutes(plan.estimate()), out);
    try (TrialsCsv csv = new TrialsCsv(out.resolve("trials.csv"), machine.cores())) {
      pg = PostgresView.open(PgServer.of(config.database()));
      prepare(http, admin, machine);
      List<TrialSpec> schedule = plan.schedule();
      int n = 0;
      for (TrialSpec spec : schedule) {
        Trial t = runTrial(spec, http, admin);
        if (t != null) {
          trials.add(t);
          csv.append(t);
          log.println(progress(++n, schedule.size(), t));
        } else {
          n++;
        }
      }
    } catch (SweepFailure e) {
      failure = Optional.of(e.getMessage());
      log.println(stopped ? "sweep interrupted" : "sweep FAILED: " + e.getMessage());
    } finally {
      if (pg != null) {
        pg.close();
      }
      restore(admin);
    }
    return SweepResult.of(plan, machine, target.description(), workloadName(), started, trials,
        new ArrayList<>(notes), failure);
  }

  /** Marks the sweep interrupted: the processes it runs are being ended, and its result written by the caller. */
  void stop() {
    stopped = true;
  }

  boolean stopped() {
    return stopped;
  }

  /** What has been measured so far, for a sweep that is being interrupted; empty before it began. */
  Optional<SweepResult> partial(String reason) {
    if (machine == null) {
      return Optional.empty();
    }
    return Optional.of(SweepResult.of(plan, machine, target.description(), workloadName(), started,
        List.copyOf(trials), new ArrayList<>(notes), Optional.of(reason)));
  }

  /** Gives the pool back the size and overflow it had before the sweep, if the sweep changed them. */
  private void restore(AdminClient admin) {
    if (original == null || currentSize < 0 || currentSize == original.size() && original.maxOverflow() == 0) {
      return;
    }
    try {
      admin.resize(original.size(), original.maxOverflow(), RESIZE_WITHIN);
      log.printf("gave the pool back its size %d (max overflow %d)%n", original.size(), original.maxOverflow());
    } catch (RuntimeException e) {
      notes.add("the pool could not be given back its size " + original.size() + " (max overflow "
          + original.maxOverflow() + "): " + e.getMessage());
    }
  }

  private void prepare(ServiceHttp http, AdminClient admin, Machine machine) {
    Wrk.requireInstalled();
    PoolSnapshot pool = admin.pool();
    original = pool;
    if (!pool.mode().equals("hikari")) {
      throw new SweepFailure("the service at " + target.url() + " runs in pool mode '" + pool.mode()
          + "': a sweep resizes a HikariCP pool, so start it with DB_POOL_MODE=hikari");
    }
    if (machine.loadAtStart().one() > machine.cores()) {
      notes.add(String.format(Locale.ROOT, "the load average at the start (%.1f) was above the core count (%d): "
          + "other work shared the machine, so figures are noisier and lower than on an idle one",
          machine.loadAtStart().one(), machine.cores()));
    }
    Path work = out.resolve("work");
    CatalogData.Files data = CatalogData.prepare(http, config, plan.products(), mkdirs(work), log::println);
    java.util.Map<String, String> env = new java.util.HashMap<>(data.env());
    if (target.apiKey() != null) {
      env.put("CATALOG_API_KEY", target.apiKey());
    }
    workload = WorkloadScripts.extract(work.resolve("workloads"))
        .workload(plan.workload(), plan.workloadFile(), plan.mix(), env);
    log.printf("catalog: %d products; workload %s (%s)%n", data.products(), workload.name(), workload.script());
    if (plan.pgbench()) {
      Pgbench.requireInstalled();
      if (new Pgbench(PgServer.of(config.database()), processes).ensureInitialised(plan.pgbenchScale())) {
        log.println("initialised pgbench database " + Pgbench.DATABASE + " at scale " + plan.pgbenchScale());
      }
    }
    resize(admin, plan.poolSizes().getLast());
    warmUpUntilSteady(target.url(), "the service");
    if (target.noneUrl() != null) {
      warmUpUntilSteady(target.noneUrl(), "the no-pool service");
    }
  }

  /**
   * A fresh JVM runs slower until its JIT has compiled the request path: warm up in 2 s runs until two
   * in a row are within 10 % of each other (and at least the plan's minimum has passed), up to its limit.
   */
  private void warmUpUntilSteady(URI url, String what) {
    long start = System.nanoTime();
    double previous = Double.NaN;
    while (true) {
      double rps = wrk.run(url, workload, plan.maxConcurrency(), WARMUP_STEP).get("rps");
      double elapsed = (System.nanoTime() - start) / 1e9;
      boolean steady = Math.abs(rps - previous) <= SETTLED * previous && elapsed >= plan.initialWarmup().toSeconds();
      if (steady) {
        log.printf(Locale.ROOT, "warmed up %s in %.0f s (last two runs %.0f and %.0f req/s)%n", what, elapsed, previous,
            rps);
        return;
      }
      if (elapsed >= plan.initialWarmupLimit().toSeconds()) {
        notes.add(String.format(Locale.ROOT, "the throughput of %s had not settled after %.0f s of warm-up "
            + "(last two 2 s runs %.0f and %.0f req/s): the machine's load varies", what, elapsed, previous, rps));
        log.printf(Locale.ROOT, "warm-up of %s ended after %.0f s without settling (%.0f, %.0f req/s)%n", what,
            elapsed, previous, rps);
        return;
      }
      previous = rps;
    }
  }

  private Trial runTrial(TrialSpec spec, ServiceHttp http, AdminClient admin) {
    return switch (spec.kind()) {
      case HIKARI -> {
        resize(admin, spec.poolSize());
        warmUp(target.url(), spec.concurrency());
        yield measureService(spec, http, admin);
      }
      case NONE -> {
        resize(admin, plan.poolSizes().getFirst());
        warmUp(target.noneUrl(), spec.concurrency());
        yield measureService(spec, new ServiceHttp(target.noneUrl(), target.adminToken()), null);
      }
      case PGBENCH -> {
        resize(admin, plan.poolSizes().getFirst());
        yield measurePgbench(spec);
      }
    };
  }

  private void resize(AdminClient admin, int size) {
    if (size != currentSize) {
      PoolSnapshot resized = admin.resize(size, 0, RESIZE_WITHIN);
      currentSize = size;
      noteRefusals(resized);
    }
  }

  /**
   * Notes (once) a pool size at which the service refuses requests the clients send: fewer may wait for a
   * connection than the clients less the pool's. Read after each resize, since a DB_MAX_WAITERS left unset
   * follows the size (4 x size): at the start a service of pool 10 let 40 wait, at pool 1 only 4.
   */
  private void noteRefusals(PoolSnapshot pool) {
    if (!waitersNoted && pool.maxWaiters() >= 0 && pool.maxWaiters() + pool.size() < plan.maxConcurrency()) {
      waitersNoted = true;
      notes.add("at pool size " + pool.size() + " the service lets at most " + pool.maxWaiters() + " requests wait"
          + " for a connection (DB_MAX_WAITERS" + (pool.maxWaiters() == 4 * pool.size() ? ", unset: 4 x the size" : "")
          + "): at " + plan.maxConcurrency() + " clients it refuses the rest with 503, which counts against its"
          + " throughput; start it with a larger DB_MAX_WAITERS to measure the pool alone");
    }
  }

  private void warmUp(URI url, int concurrency) {
    if (plan.warmup().toSeconds() >= 1) {
      wrk.run(url, workload, concurrency, plan.warmup());
    }
  }

  private Trial measureService(TrialSpec spec, ServiceHttp http, AdminClient admin) {
    String database = config.database().databaseName();
    LoadAverage load = LoadAverage.now();
    Scrape before = scrape(http);
    PoolSnapshot poolBefore = admin == null ? null : admin.pool();
    PostgresView.Transactions txBefore = pg.transactions(database);
    TrialSampler sampler = new TrialSampler(admin, pg, database);
    Instant started = Instant.now();
    sampler.start();
    WrkResult result;
    TrialSampler.Samples samples;
    try {
      result = wrk.run(http.base(), workload, spec.concurrency(), plan.duration());
    } finally {
      samples = sampler.stop();
    }
    PostgresView.Transactions tx = pg.transactions(database).minus(txBefore);
    Scrape after = scrape(http);
    PoolSnapshot poolAfter = admin == null ? null : admin.pool();
    Trial t = TrialFigures.serviceTrial(spec, workload.name(), started, load, result, plan.duration(),
        new MetricsWindow(before, after), poolBefore, poolAfter, samples, tx);
    check(t, result);
    return t;
  }

  private Trial measurePgbench(TrialSpec spec) {
    int free = pg.freeConnections();
    int clients = Math.min(spec.concurrency(), free - 5);
    if (clients < 1) {
      notes.add("pgbench at " + spec.concurrency() + " clients was skipped in round " + spec.round()
          + ": the server had no free connections");
      return null;
    }
    if (clients < spec.concurrency()) {
      notes.add("pgbench ran " + clients + " clients instead of " + spec.concurrency() + " in round " + spec.round()
          + " (the server's max_connections, less what others held, allowed no more)");
    }
    LoadAverage load = LoadAverage.now();
    PostgresView.Transactions before = pg.transactions(Pgbench.DATABASE);
    TrialSampler sampler = new TrialSampler(null, pg, Pgbench.DATABASE);
    Instant started = Instant.now();
    sampler.start();
    Pgbench.PgbenchResult r;
    try {
      r = new Pgbench(PgServer.of(config.database()), processes).run(clients, (int) plan.baselineDuration().toSeconds());
    } catch (SweepFailure e) {
      sampler.stop();
      notes.add("pgbench at " + clients + " clients failed in round " + spec.round() + ": " + e.getMessage());
      return null;
    }
    TrialSampler.Samples samples = sampler.stop();
    PostgresView.Transactions tx = pg.transactions(Pgbench.DATABASE).minus(before);
    return TrialFigures.pgbenchTrial(spec, started, load, clients, r, samples, tx);
  }

  private Scrape scrape(ServiceHttp http) {
    try {
      return PrometheusText.parse(new AdminClient(http).metrics());
    } catch (SweepFailure | IllegalArgumentException e) {
      notes.add("/metrics could not be read (" + e.getMessage() + "): acquire and usage times are missing");
      return Scrape.EMPTY;
    }
  }

  /** The reasons to stop: the service failing requests, too many socket errors, or a pool larger than asked. */
  private void check(Trial t, WrkResult result) {
    ClientFigures c = t.client();
    String at = t.spec().point().describe() + ", round " + t.spec().round();
    if (c.requests() == 0) {
      throw new SweepFailure("no request completed at " + at + ": is the service up? wrk: " + result.figures());
    }
    double socketRatio = (double) c.socketErrors() / (c.requests() + c.socketErrors());
    if (socketRatio > plan.maxSocketErrorRatio()) {
      throw new SweepFailure(String.format(Locale.ROOT, "wrk reported %d socket errors at %s (%.2f %% of requests, "
          + "above --max-socket-errors %.2f %%): connect %d, read %d, write %d, timeout %d", c.socketErrors(), at,
          socketRatio * 100, plan.maxSocketErrorRatio() * 100, result.count("connect_errors"),
          result.count("read_errors"), result.count("write_errors"), result.count("timeouts")));
    }
    long broken = t.server().http5xx() >= 0 ? t.server().http5xx() - Math.max(0, t.server().http503())
        : result.counted() ? result.count("status_5xx") - result.count("status_503") : -1;
    if (broken > 0) {
      throw new SweepFailure("the service answered " + broken + " requests with a 5xx other than 503 at " + at
          + ": that is a service error, not a pool-size effect; see its log");
    }
    if (broken < 0 && !workload.writes() && c.non2xx() > 0.01 * c.requests()) {
      throw new SweepFailure("the service answered " + c.non2xx() + " of " + c.requests() + " requests with a status "
          + "other than 2xx at " + at + " (and /metrics does not say which)");
    }
    if (t.spec().kind() == Kind.HIKARI && t.server().totalPeak() > t.spec().poolSize()) {
      throw new SweepFailure("the pool held " + t.server().totalPeak() + " connections during a trial at pool size "
          + t.spec().poolSize() + ": the resize did not take");
    }
    if (!databaseChecked) {
      if (t.database().commits() + t.database().rollbacks() <= 0) {
        throw new SweepFailure("PostgreSQL counted no transaction in database " + config.database().databaseName()
            + " while the service answered " + c.requests() + " requests: point DATABASE_URL or POSTGRES_* at the "
            + "service's own database");
      }
      databaseChecked = true;
    }
    if (c.status5xx() > 0) {
      notes.add(String.format(Locale.ROOT, "%s answered %d requests with 503 (no connection within the acquire "
          + "timeout, or the bulkhead full)", at, c.status5xx()));
    }
  }

  private String workloadName() {
    return workload != null ? workload.name()
        : plan.workloadFile() != null ? plan.workloadFile().getFileName().toString() : plan.workload();
  }

  private static String progress(int n, int of, Trial t) {
    ClientFigures c = t.client();
    String server = t.spec().kind() == Kind.PGBENCH ? ""
        : String.format(Locale.ROOT, "; acquire mean %s ms, busy %s, pg active %s", Cells.show(t.server().acquireMeanMs(), 3),
            Cells.show(t.busyConnections(), 2), Cells.show(t.database().activeMean(), 2));
    String refused = c.status5xx() > 0 ? String.format(Locale.ROOT, " (%d answers 5xx, %.0f%%)", c.status5xx(),
        100.0 * c.status5xx() / Math.max(1, c.requests())) : "";
    return String.format(Locale.ROOT, "[%d/%d] %s, round %d: %.0f req/s%s, p99 %s ms%s; load %.1f", n, of,
        t.spec().point().describe(), t.spec().round(), c.okRps(), refused, Cells.show(c.p99Ms(), 2), server,
        t.load().one());
  }

  static String minutes(Duration d) {
    long s = d.toSeconds();
    return s < 120 ? s + " s" : String.format(Locale.ROOT, "%.1f min", s / 60.0);
  }

  private static Path mkdirs(Path dir) {
    try {
      return java.nio.file.Files.createDirectories(dir);
    } catch (java.io.IOException e) {
      throw new SweepFailure("cannot create " + dir + ": " + e.getMessage());
    }
  }
}
