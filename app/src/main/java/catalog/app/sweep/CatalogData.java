package catalog.app.sweep;

import catalog.app.graph.CatalogComponent;
import catalog.domain.work.UnitOfWork;
import catalog.infra.config.CatalogConfig;
import catalog.infra.db.DatabaseUnavailable;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Makes sure the measured catalog holds at least N products (generating the missing ones into the
 * configured database, as {@code catalog generate} does) and writes the files the workloads read:
 * product ids, brand names and search terms taken from product names.
 */
final class CatalogData {
  static final int MAX_IDS = 20_000;
  static final int MAX_TERMS = 400;
  private static final ObjectMapper JSON = new ObjectMapper();

  private CatalogData() {}

  /** The files written, for the workloads' environment. */
  record Files(Path ids, Path brands, Path terms, long products) {
    java.util.Map<String, String> env() {
      return java.util.Map.of("CATALOG_IDS_FILE", ids.toString(), "CATALOG_BRANDS_FILE", brands.toString(),
          "CATALOG_TERMS_FILE", terms.toString());
    }
  }

  static Files prepare(ServiceHttp http, CatalogConfig config, int wanted, Path dir, Consumer<String> log) {
    long have = total(http);
    if (have < wanted) {
      log.accept("the catalog has " + have + " products; generating " + (wanted - have) + " into database "
          + config.database().databaseName() + " ...");
      String elsewhere = "; point DATABASE_URL or POSTGRES_* at the service's own database";
      CatalogComponent graph = CatalogComponent.create(config);
      try {
        graph.database();
      } catch (DatabaseUnavailable e) {
        throw new SweepFailure("cannot open database " + config.database().databaseName() + " to generate products"
            + " into: " + e.getMessage() + elsewhere, e);
      }
      try {
        // A service of the user's (--url) may use another database than the sweep's settings name: generating
        // there would add products to a catalog nobody measures.
        UUID listed = have > 0 ? UUID.fromString(json(http, "/v1/products?limit=1").path("data").path(0)
            .path("id").asText()) : null;
        if (listed != null && !holds(graph, listed)) {
          throw new SweepFailure("the service at " + http.base() + " lists product " + listed + ", which database "
              + config.database().databaseName() + " does not hold" + elsewhere);
        }
        graph.generatedCatalog().add(have, wanted - have, 42);
      } finally {
        graph.database().close();
      }
      long now = total(http);
      if (now < wanted) {
        throw new SweepFailure("generated " + (wanted - have) + " products into database "
            + config.database().databaseName() + ", but the service at " + http.base() + " still lists " + now
            + ": point DATABASE_URL or POSTGRES_* at the service's own database");
      }
      have = now;
    }
    List<String> ids = new ArrayList<>();
    TreeSet<String> terms = new TreeSet<>();
    String cursor = null;
    do {
      JsonNode page = json(http, "/v1/products?limit=200&sort=created_at"
          + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)));
      for (JsonNode p : page.path("data")) {
        ids.add(p.path("id").asText());
        for (String word : p.path("name").asText("").split("[^\\p{L}]+")) {
          if (word.length() >= 4) {
            terms.add(word.toLowerCase(Locale.ROOT));
          }
        }
      }
      JsonNode next = page.path("page").path("next_cursor");
      cursor = next.isTextual() ? next.asText() : null;
    } while (cursor != null && ids.size() < MAX_IDS);
    List<String> brands = new ArrayList<>();
    for (JsonNode b : json(http, "/v1/brands").path("data")) {
      brands.add(b.path("name").asText());
    }
    List<String> someTerms = new ArrayList<>(terms).subList(0, Math.min(MAX_TERMS, terms.size()));
    return new Files(write(dir.resolve("ids.txt"), ids), write(dir.resolve("brands.txt"), brands),
        write(dir.resolve("terms.txt"), someTerms), have);
  }

  /** Whether the graph's database holds the product {@code id}; not when it holds no catalog at all. */
  private static boolean holds(CatalogComponent graph, UUID id) {
    try (UnitOfWork uow = graph.database().newUnitOfWork()) {
      return uow.productReads().find(id).isPresent();
    } catch (RuntimeException e) {
      return false; // no product table: not a catalog's database (it is migrated only when a service starts)
    }
  }

  static long total(ServiceHttp http) {
    return json(http, "/v1/products?limit=1&include_total=true").path("page").path("total").asLong();
  }

  private static JsonNode json(ServiceHttp http, String path) {
    HttpResponse<String> r = http.get(path);
    if (r.statusCode() != 200) {
      throw new SweepFailure("GET " + path + " answered " + r.statusCode() + ": " + r.body());
    }
    try {
      return JSON.readTree(r.body());
    } catch (IOException e) {
      throw new SweepFailure("GET " + path + " did not answer JSON: " + e.getMessage());
    }
  }

  private static Path write(Path file, List<String> lines) {
    try {
      java.nio.file.Files.write(file, lines, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
