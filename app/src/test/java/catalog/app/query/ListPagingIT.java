package catalog.app.query;

import static catalog.app.query.Seeds.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import catalog.app.TestServer;
import catalog.domain.classification.Classification;
import catalog.domain.classification.Kind;
import catalog.domain.listing.Field;
import catalog.domain.product.Nutrient;
import catalog.domain.product.Product;
import catalog.infra.testing.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keyset paging over a source of its own with 300 products: walking every page returns each product
 * exactly once and in order, also while other products are being added to the same source, under every
 * sort key in both directions and under mixed multi-key sorts. Values repeat and are often missing.
 */
class ListPagingIT {
  private static final int PRODUCTS = 300;
  private static final int MAX_ADDED = 60;

  private static TestServer server;
  private static Seeds seeds;
  private static String token;
  private static Classification source;
  private static Map<Kind, List<Classification>> classifications;
  private static List<JsonNode> seeded;

  @BeforeAll
  static void seed() {
    server = TestServer.start();
    seeds = new Seeds(server);
    token = Seeds.token();
    source = seeds.classification(Kind.SOURCE, token);
    classifications = new EnumMap<>(Kind.class);
    for (Kind kind : List.of(Kind.BRAND, Kind.CATEGORY, Kind.PARENT_CATEGORY, Kind.FOOD_GROUP, Kind.PROCESS_TYPE)) {
      classifications.put(kind, List.of(seeds.classification(kind, token + kind.key() + "1"),
          seeds.classification(kind, token + kind.key() + "2")));
    }
    Random random = new Random(7);
    List<Product> products = new ArrayList<>();
    Instant t0 = Instant.parse("2024-06-01T00:00:00Z");
    for (int i = 0; i < PRODUCTS; i++) {
      products.add(randomProduct(random, t0.plusSeconds(random.nextInt(50))));
    }
    seeds.store(products);
    seeded = seeds.walk("source=" + token + "&limit=200");
    assertEquals(PRODUCTS, seeded.size());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static Product randomProduct(Random random, Instant time) {
    Map<Kind, Classification> refs = new EnumMap<>(Kind.class);
    refs.put(Kind.SOURCE, source);
    classifications.forEach((kind, options) -> {
      int pick = random.nextInt(3);
      if (pick < 2) {
        refs.put(kind, options.get(pick));
      }
    });
    Map<Nutrient, Double> nutrients = new EnumMap<>(Nutrient.class);
    for (Nutrient nutrient : Nutrient.values()) {
      if (random.nextInt(4) > 0) {
        nutrients.put(nutrient, (double) random.nextInt(20) * 10);
      }
    }
    String barcode = random.nextInt(3) == 0 ? null : token + random.nextInt(1_000_000_000);
    return Seeds.product(token + "n" + random.nextInt(40), barcode, refs, nutrients, time, time);
  }

  static Stream<String> sorts() {
    return Stream.concat(
        Arrays.stream(Field.values()).filter(Field::sortable).flatMap(f -> Stream.of(f.key(), "-" + f.key())),
        Stream.of("-brand,name", "brand,-protein,-barcode", "-category,calories,-created_at", "process_type,-name"));
  }

  @ParameterizedTest
  @MethodSource("sorts")
  void everyProductExactlyOnceWhileOthersAreAdded(String sort) {
    AtomicBoolean walking = new AtomicBoolean(true);
    AtomicInteger added = new AtomicInteger();
    CountDownLatch firstBatch = new CountDownLatch(1);
    CompletableFuture<Void> inserts = CompletableFuture.runAsync(() -> {
      Random random = new Random(sort.hashCode());
      // A few rows at a time, up to a bound, so that the walk outpaces the inserts and ends.
      while (walking.get() && added.get() < MAX_ADDED) {
        List<Product> batch = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
          batch.add(randomProduct(random, Seeds.now().minus(Duration.ofDays(random.nextInt(1000)))));
        }
        seeds.store(batch);
        added.addAndGet(batch.size());
        firstBatch.countDown();
        pause();
      }
    });
    List<JsonNode> walked;
    try {
      // The walk waits after its first page until the inserter has stored a batch, however the threads are
      // scheduled: products are always added while it goes.
      walked = seeds.walk("source=" + token + "&limit=30&sort=" + sort, () -> awaitQuietly(firstBatch));
    } finally {
      walking.set(false);
      inserts.join();
    }
    assertTrue(added.get() > 0, "nothing was inserted during the walk");
    List<UUID> ids = Seeds.ids(walked);
    assertEquals(ids.size(), new HashSet<>(ids).size(), "a product came twice");
    Set<UUID> original = new HashSet<>(Seeds.ids(seeded));
    List<UUID> originalSeen = ids.stream().filter(original::contains).toList();
    assertEquals(ExpectedOrder.of(seeded, sort), originalSeen, "the products there before the walk, once each, in order");
    assertEquals(ExpectedOrder.of(walked, sort), ids, "the whole walk is in order");
  }

  /** Waits for {@code latch}, at most 30 s (an inserter that failed is reported by its join). */
  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void pause() {
    try {
      Thread.sleep(5);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void limitDefaultsTo50AndGoesUpTo200() {
    assertEquals(50, seeds.get("/v1/products?source=" + token, 200).path("data").size());
    assertEquals(50, seeds.get("/v1/products?source=" + token, 200).path("page").path("limit").asInt());
    assertEquals(200, seeds.get("/v1/products?source=" + token + "&limit=200", 200).path("data").size());
    assertEquals(1, seeds.get("/v1/products?source=" + token + "&limit=1", 200).path("data").size());
  }

  @Test
  void totalIsExactAndOnlyWhenAsked() {
    JsonNode page = seeds.get("/v1/products?source=" + token + "&limit=1&include_total=true&calories_lte=50", 200);
    long expected = seeded.stream().filter(r -> {
      JsonNode c = r.path("nutri_facts").path("calories").path("value");
      return !c.isMissingNode() && c.asDouble() <= 50;
    }).count();
    assertEquals(expected, page.path("page").path("total").asLong());
    assertFalse(seeds.get("/v1/products?source=" + token + "&limit=1", 200).path("page").has("total"));
    assertFalse(seeds.get("/v1/products?source=" + token + "&limit=1&include_total=false", 200).path("page").has("total"));
  }

  @Test
  void theLastPageHasNoCursor() {
    JsonNode page = seeds.get("/v1/products?source=" + token + "&limit=200&name=" + enc(seeded.getFirst().path("name").asText()), 200);
    assertTrue(page.path("page").path("next_cursor").isNull());
  }

  @Test
  void aCursorOnlyContinuesItsOwnSortAndFilters() {
    String cursor = seeds.get("/v1/products?source=" + token + "&limit=2&sort=-calories", 200)
        .path("page").path("next_cursor").asText();
    assertEquals(200, server.get("/v1/products?source=" + token + "&limit=2&sort=-calories&cursor=" + cursor).statusCode());
    assertEquals(200, server.get("/v1/products?limit=9&sort=-calories&source=" + token + "&cursor=" + cursor).statusCode());
    for (String other : List.of("sort=calories", "sort=-calories,name", "sort=-protein", "")) {
      JsonNode problem = seeds.get("/v1/products?source=" + token + "&limit=2&" + other + "&cursor=" + cursor, 400);
      assertEquals("cursor", problem.path("errors").get(0).path("field").asText(), other);
    }
    seeds.get("/v1/products?source=" + token + "&brand=x&limit=2&sort=-calories&cursor=" + cursor, 400);
    seeds.get("/v1/products?source=" + token + "&calories_lte=10&limit=2&sort=-calories&cursor=" + cursor, 400);
    // A value that spells out more filters is one value, not those filters.
    String brand = classifications.get(Kind.BRAND).getFirst().name().value();
    String own = "/v1/products?brand=" + enc(brand) + "&source=" + token + "&limit=2&sort=-calories";
    JsonNode next = seeds.get(own, 200).path("page").path("next_cursor");
    assertTrue(next.isTextual(), "more than a page matches");
    seeds.get(own + "&cursor=" + next.asText(), 200);
    seeds.get("/v1/products?brand=" + enc(brand + "&source=" + token) + "&limit=2&sort=-calories&cursor="
        + next.asText(), 400);
  }

  @Test
  void forgedTamperedAndForeignCursorsAre400() {
    String base = "/v1/products?source=" + token + "&limit=2&sort=name";
    String cursor = seeds.get(base, 200).path("page").path("next_cursor").asText();
    int dot = cursor.indexOf('.');
    String body = cursor.substring(0, dot);
    String flipped = (body.charAt(5) == 'A' ? "B" : "A");
    List<String> bad = new ArrayList<>(List.of("x", "abc.def", cursor + "x", body.substring(0, 5) + flipped
        + body.substring(6) + cursor.substring(dot), cursor.substring(0, dot + 1), "." + cursor.substring(dot + 1),
        "%00"));
    // Spellings that Base64's decoder alone reads as the same bytes: padding, and the last character with
    // other unused low bits (a 16-byte MAC ends in a character that carries 2 bits and ignores 4).
    String mac = cursor.substring(dot + 1);
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    char last = mac.charAt(mac.length() - 1);
    char otherBits = alphabet.charAt(alphabet.indexOf(last) ^ 1);
    bad.add(cursor.substring(0, dot + 1) + mac.substring(0, mac.length() - 1) + otherBits);
    bad.add(cursor + "==");
    int bodyPadding = (4 - body.length() % 4) % 4;
    if (bodyPadding > 0) {
      bad.add(body + "=".repeat(bodyPadding) + "." + mac);
    }
    for (String forged : bad) {
      JsonNode problem = seeds.get(base + "&cursor=" + enc(forged), 400);
      assertEquals("cursor", problem.path("errors").get(0).path("field").asText(), forged);
      assertEquals("application/problem+json", server.get(base + "&cursor=" + enc(forged)).headers()
          .firstValue("Content-Type").orElse(""));
    }
  }

  /**
   * A name may hold 200 characters of any plane; 101 emoji are 202 UTF-16 units. A page ending on such a
   * product gives a cursor that continues the walk, and the name filter finds it.
   */
  @Test
  void aPageEndingOnANameOfEmojiContinues() {
    String own = Seeds.token();
    Classification emojiSource = seeds.classification(Kind.SOURCE, own);
    String pears = "\uD83C\uDF50".repeat(101);
    Instant now = Seeds.now();
    List<Product> stored = seeds.store(Stream.of("a", pears, "\uD83C\uDF4F")
        .map(name -> Seeds.product(name, null, Map.of(Kind.SOURCE, emojiSource), Map.of(), now, now)).toList());
    for (String sort : List.of("name", "-name")) {
      List<JsonNode> walked = seeds.walk("source=" + own + "&limit=1&sort=" + sort);
      assertEquals(Set.copyOf(stored.stream().map(Product::id).toList()), Set.copyOf(Seeds.ids(walked)), sort);
      assertEquals(3, walked.size(), sort);
    }
    assertEquals(List.of(stored.get(1).id()), Seeds.ids(seeds.get("/v1/products?source=" + own + "&name=" + enc(pears), 200)));
  }

  /**
   * The next page repeats the first page's filters and adds the cursor: the cursor holds a digest of them,
   * not the filters again, so a list with long filters can still be paged.
   */
  @Test
  void aCursorDoesNotRepeatTheFilters() {
    StringBuilder filters = new StringBuilder("source=" + token + "&limit=1");
    for (int i = 0; i < 100; i++) {
      filters.append("&id_not_in=").append(UUID.randomUUID());
    }
    for (int i = 0; i < 2; i++) {
      filters.append("&name_not_in=").append(enc("\u00e9".repeat(150) + i));
    }
    String first = "/v1/products?" + filters;
    String cursor = seeds.get(first, 200).path("page").path("next_cursor").asText();
    assertTrue(cursor.length() < 300, "the cursor is " + cursor.length() + " characters");
    seeds.get(first + "&cursor=" + cursor, 200);
    String fewer = first.substring(0, first.lastIndexOf("&name_not_in="));
    JsonNode problem = seeds.get(fewer + "&cursor=" + cursor, 400);
    assertEquals("cursor", problem.path("errors").get(0).path("field").asText(), "one filter fewer is another list");
  }

  /**
   * The cursor key is the catalog's (V10): another instance on the same database, or this one after a
   * restart, takes the cursor and gives the same page; a service on another catalog database refuses it.
   */
  @Test
  void aCursorIsGoodOnEveryInstanceOfItsCatalogAndNoOther() throws Exception {
    String base = "/v1/products?source=" + token + "&limit=2&sort=name";
    String cursor = seeds.get(base, 200).path("page").path("next_cursor").asText();
    JsonNode second = seeds.get(base + "&cursor=" + cursor, 200);
    try (TestServer other = TestServer.start()) {
      var response = other.get(base + "&cursor=" + cursor);
      assertEquals(200, response.statusCode(), response::body);
      assertEquals(second, Seeds.JSON.readTree(response.body()), "the same page from another instance");
    }
    try (TestServer foreign = TestServer.start(TestDatabase.get().ownEnv("foreigncursor"))) {
      var response = foreign.get(base + "&cursor=" + cursor);
      assertEquals(400, response.statusCode(), "a cursor from another catalog is not this one's");
      assertTrue(response.body().contains("cursor"));
    }
  }
}
