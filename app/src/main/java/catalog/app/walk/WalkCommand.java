package catalog.app.walk;

import catalog.app.ServiceUrl;
import catalog.app.graph.CatalogModule;
import catalog.domain.InvalidInput;
import catalog.domain.listing.Field;
import catalog.domain.listing.SortKey;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Checks keyset paging at the size of a real catalog: walks every page of the list under each sort while
 * other threads keep adding products, and reports whether each product that was there before came exactly
 * once and none came twice (exit 0), or which walks broke that (exit 1).
 */
@Command(name = "walk", mixinStandardHelpOptions = true,
    description = "Walk every page of a running service's product list under each sort, following next_cursor, "
        + "while threads keep importing generated products; check that every product there before the walks "
        + "came exactly once in each, and none twice. Exit 0 when they all did, 1 when not, 2 on an error.")
public final class WalkCommand implements Callable<Integer> {
  /** Every key but the nutrients both ways, two nutrients and two mixed sorts ({@code all}: every key). */
  static final List<String> DEFAULT_SORTS = defaultSorts();

  @Option(names = "--url", defaultValue = "http://127.0.0.1:8080",
      description = "The service (default ${DEFAULT-VALUE}).")
  URI url;

  @Option(names = "--sort", paramLabel = "SORT", description = "A sort to walk, as the list's sort parameter "
      + "(repeatable); 'all' for every key in both directions. Default: every key but the nutrients, both ways, "
      + "and calories, -protein, -brand,name and category,calories,-created_at.")
  List<String> sorts;

  @Option(names = "--limit", defaultValue = "200", description = "Page size, 1..200 (default ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--filter", defaultValue = "", paramLabel = "QUERY",
      description = "List filters for every page, as a query string (source=manual&is_food=true); default none.")
  String filter;

  @Option(names = "--adders", defaultValue = "2",
      description = "Threads importing products meanwhile (default ${DEFAULT-VALUE}; 0: none).")
  int adders;

  @Option(names = "--batch", defaultValue = "10",
      description = "Products per import request (default ${DEFAULT-VALUE}).")
  int batch;

  @Option(names = "--add-rate", defaultValue = "20", paramLabel = "ROWS/S",
      description = "Products the adders import per second, together (default ${DEFAULT-VALUE}).")
  double addRate;

  @Option(names = "--api-key", defaultValue = "${env:CATALOG_API_KEYS}", paramLabel = "KEY",
      description = "A write key for the imports (default: the first of CATALOG_API_KEYS).")
  String apiKey;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    List<String> plan = plan();
    String key = apiKey == null ? "" : apiKey.split(",")[0].trim();
    if (adders > 0 && key.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "the adders need a write key: --api-key or CATALOG_API_KEYS");
    }
    ObjectMapper mapper = CatalogModule.objectMapper();
    ListClient http;
    try {
      http = new ListClient(url, filter, limit, mapper);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--filter: " + e.getMessage());
    }
    try {
      return walk(plan, http, key, mapper) ? 0 : 1;
    } catch (WalkFailure e) {
      spec.commandLine().getErr().println("catalog walk: " + e.getMessage());
      return 2;
    }
  }

  private boolean walk(List<String> plan, ListClient http, String key, ObjectMapper mapper) {
    PrintWriter out = spec.commandLine().getOut();
    Walk before = Walk.of(http, plan.getFirst(), Integer.MAX_VALUE);
    Set<String> there = Set.copyOf(before.ids());
    int maxPages = 4 * (there.size() / limit + 1) + 1000;
    out.printf("# %d products at %s%s, in pages of %d, under %d sorts while %d threads import %.0f products/s%n",
        there.size(), url, filter.isEmpty() ? "" : " (" + filter + ")", limit, plan.size(), adders,
        adders > 0 ? addRate : 0.0);
    out.printf("%-32s %7s %9s %7s %6s %8s %8s%n", "sort", "pages", "products", "added", "twice", "missing", "seconds");
    boolean ok = row(out, plan.getFirst() + " (before)", before, there);
    Set<String> returned = new HashSet<>();
    long added;
    try (Adders running = adders > 0 ? Adders.start(http, key, adders, batch, addRate, http.total(), mapper) : null) {
      for (String sort : plan) {
        Walk walk = Walk.of(http, sort, maxPages);
        returned.addAll(walk.ids());
        ok &= row(out, sort, walk, there);
      }
      added = running == null ? 0 : running.inserted();
    }
    Walk last = Walk.of(http, plan.getFirst(), maxPages);
    ok &= row(out, plan.getFirst() + " (after)", last, there);
    Set<String> after = Set.copyOf(last.ids());
    long strangers = returned.stream().filter(id -> !after.contains(id)).count();
    out.printf("# %d products were added during the walks; %d products that walks returned are not in the list "
        + "after them%n", added, strangers);
    ok &= strangers == 0;
    out.println(ok
        ? "# exactly once: every walk returned each of the " + there.size() + " products there before, and none twice"
        : "# NOT exactly once: see the twice and missing columns above");
    return ok;
  }

  /** Prints one walk's line; answers whether no product came twice and none of {@code there} was missing. */
  private static boolean row(PrintWriter out, String label, Walk walk, Set<String> there) {
    int missing = walk.missing(there).size();
    long added = Set.copyOf(walk.ids()).stream().filter(id -> !there.contains(id)).count();
    out.printf("%-32s %7d %9d %7d %6d %8d %8.1f%n", label, walk.pages(), walk.ids().size(), added,
        walk.duplicates(), missing, walk.took().toMillis() / 1000.0);
    out.flush();
    return walk.duplicates() == 0 && missing == 0;
  }

  private List<String> plan() {
    String badUrl = ServiceUrl.problem("--url", url);
    if (badUrl != null) {
      throw new ParameterException(spec.commandLine(), badUrl);
    }
    if (limit < 1 || limit > 200) {
      throw new ParameterException(spec.commandLine(), "--limit must be 1..200, not " + limit);
    }
    if (adders < 0 || batch < 1 || !(addRate > 0)) {
      throw new ParameterException(spec.commandLine(),
          "--adders must be 0 or more, --batch 1 or more, --add-rate above 0");
    }
    if (sorts == null || sorts.isEmpty()) {
      return DEFAULT_SORTS;
    }
    List<String> plan = new ArrayList<>();
    for (String sort : sorts) {
      if (sort.equals("all")) {
        Arrays.stream(Field.values()).filter(Field::sortable)
            .forEach(f -> plan.addAll(List.of(f.key(), "-" + f.key())));
      } else {
        try {
          Arrays.stream(sort.split(",")).forEach(SortKey::parse);
        } catch (InvalidInput e) {
          throw new ParameterException(spec.commandLine(), "--sort " + sort + ": " + e.errors().getFirst().message());
        }
        plan.add(sort);
      }
    }
    return plan;
  }

  private static List<String> defaultSorts() {
    List<String> sorts = new ArrayList<>();
    for (Field field : Field.values()) {
      if (field.sortable() && field.nutrient().isEmpty()) {
        sorts.addAll(List.of(field.key(), "-" + field.key()));
      }
    }
    sorts.addAll(List.of("calories", "-protein", "-brand,name", "category,calories,-created_at"));
    return List.copyOf(sorts);
  }
}
