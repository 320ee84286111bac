package catalog.app.query;

import catalog.app.TestServer;
import catalog.domain.classification.Classification;
import catalog.domain.classification.ClassificationName;
import catalog.domain.classification.Kind;
import catalog.domain.product.NutriFacts;
import catalog.domain.product.Nutrient;
import catalog.domain.product.Product;
import catalog.domain.product.ProductFields;
import catalog.domain.work.UnitOfWork;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Rows for the query tests, stored through the service's own repositories (the same path the sample
 * loader and the generator take), and JSON helpers for the answers.
 */
final class Seeds {
  static final ObjectMapper JSON = new ObjectMapper();

  private final TestServer server;

  Seeds(TestServer server) {
    this.server = server;
  }

  /**
   * A lower-case token no other test uses: it sorts and compares alike under any collation. Letters only
   * (a to p for the hex digits of a random uuid), so that a filter on digits such as {@code name_like=00}
   * never matches it by chance (a hex token held "00" about one run in thirty).
   */
  static String token() {
    StringBuilder token = new StringBuilder("t");
    for (char hex : UUID.randomUUID().toString().replace("-", "").substring(0, 12).toCharArray()) {
      token.append((char) ('a' + Character.digit(hex, 16)));
    }
    return token.toString();
  }

  /** The live classification of that kind and name, created when missing. */
  Classification classification(Kind kind, String name) {
    try (UnitOfWork uow = server.graph().database().newUnitOfWork()) {
      ClassificationName n = new ClassificationName(name);
      var found = uow.classifications().findByName(kind, n);
      if (found.isPresent()) {
        return found.get();
      }
      Classification c = Classification.create(kind, n, now());
      uow.classifications().add(c);
      uow.commit();
      return c;
    }
  }

  /** Products stored in one transaction. */
  List<Product> store(List<Product> products) {
    try (UnitOfWork uow = server.graph().database().newUnitOfWork()) {
      products.forEach(uow.products()::add);
      uow.commit();
    }
    return products;
  }

  Product store(Product product) {
    return store(List.of(product)).getFirst();
  }

  Product discard(Product product) {
    try (UnitOfWork uow = server.graph().database().newUnitOfWork()) {
      Product saved = uow.products().update(product.discard(product.updatedAt()));
      uow.commit();
      return saved;
    }
  }

  static Product product(String name, String barcode, Map<Kind, Classification> refs,
      Map<Nutrient, Double> nutrients, Instant created, Instant updated) {
    Map<Kind, UUID> ids = new EnumMap<>(Kind.class);
    refs.forEach((kind, c) -> ids.put(kind, c.id()));
    ProductFields fields = new ProductFields(name, barcode, true, ids, new NutriFacts(nutrients), null, null,
        null, null, null);
    return new Product(UUID.randomUUID(), fields, 1, false, created, updated);
  }

  static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }

  /** GET, expecting {@code status}; returns the parsed body. */
  JsonNode get(String pathAndQuery, int status) {
    HttpResponse<String> response = server.get(pathAndQuery);
    if (response.statusCode() != status) {
      throw new AssertionError("GET " + pathAndQuery + " answered " + response.statusCode() + ", not " + status
          + ": " + response.body());
    }
    try {
      return JSON.readTree(response.body());
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + response.body(), e);
    }
  }

  /** Every page of a list, following next_cursor; fails if paging does not end. */
  List<JsonNode> walk(String query) {
    return walk(query, () -> { });
  }

  /** Every page of the list, following its cursors; {@code betweenPages} runs before each page after the first. */
  List<JsonNode> walk(String query, Runnable betweenPages) {
    List<JsonNode> rows = new ArrayList<>();
    String cursor = null;
    for (int pages = 0; pages < 1000; pages++) {
      JsonNode page = get("/v1/products?" + query + (cursor == null ? "" : "&cursor=" + cursor), 200);
      page.path("data").forEach(rows::add);
      JsonNode next = page.path("page").path("next_cursor");
      if (next.isNull()) {
        return rows;
      }
      cursor = next.asText();
      betweenPages.run();
    }
    throw new AssertionError("paging does not end for " + query);
  }

  static List<UUID> ids(List<JsonNode> rows) {
    return rows.stream().map(r -> UUID.fromString(r.path("id").asText())).toList();
  }

  static List<UUID> ids(JsonNode page) {
    List<JsonNode> rows = new ArrayList<>();
    page.path("data").forEach(rows::add);
    return ids(rows);
  }

  static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
