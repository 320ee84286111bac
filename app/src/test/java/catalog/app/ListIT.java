package catalog.app;

import static catalog.app.Api.assertProblem;
import static catalog.app.Api.enc;
import static catalog.app.Api.json;
import static catalog.app.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Filters, sorts and keyset paging of {@code GET /v1/products}. */
class ListIT {
  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void filtersByEveryKeyAndRepeatedKeysMeanIn() {
    String sourceName = unique("ListSrc");
    String source = Api.classification(server, "sources", sourceName);
    String brandOne = unique("BrandOne");
    String brandTwo = unique("BrandTwo");
    String category = unique("Cat");
    String parent = unique("Parent");
    String group = unique("Group");
    String process = unique("Proc");
    String b1 = Api.classification(server, "brands", brandOne);
    String b2 = Api.classification(server, "brands", brandTwo);
    ObjectNode first = Api.product(unique("first"), Api.barcode(), source)
        .put("brand_id", b1)
        .put("category_id", Api.classification(server, "categories", category))
        .put("parent_category_id", Api.classification(server, "parent-categories", parent))
        .put("food_group_id", Api.classification(server, "food-groups", group))
        .put("process_type_id", Api.classification(server, "process-types", process));
    JsonNode p1 = Api.create(server, first);
    JsonNode p2 = Api.create(server, Api.product(unique("second"), Api.barcode(), source).put("brand_id", b2)
        .put("is_food", false));
    JsonNode p3 = Api.create(server, Api.product(unique("third"), Api.barcode(), source));
    String id1 = p1.get("id").asText();
    String id2 = p2.get("id").asText();
    String id3 = p3.get("id").asText();
    String src = "source=" + enc(sourceName);

    assertEquals(Set.of(id1, id2, id3), ids(src));
    assertEquals(Set.of(id1, id2, id3), ids("source=" + enc(sourceName.toUpperCase(Locale.ROOT))));
    assertEquals(Set.of(id1, id2, id3), ids("source=" + enc(sourceName.toLowerCase(Locale.ROOT))));
    assertEquals(Set.of(id1), ids("id=" + id1));
    assertEquals(Set.of(id1, id3), ids("id=" + id1 + "&id=" + id3));
    assertEquals(Set.of(id2), ids("name=" + enc(p2.get("name").asText())));
    assertEquals(Set.of(id2, id3), ids("name=" + enc(p2.get("name").asText()) + "&name="
        + enc(p3.get("name").asText())));
    assertEquals(Set.of(id1), ids("barcode=" + p1.get("barcode").asText()));
    assertEquals(Set.of(id1, id2), ids("barcode=" + p1.get("barcode").asText() + "&barcode="
        + p2.get("barcode").asText()));
    assertEquals(Set.of(id2), ids(src + "&is_food=false"));
    assertEquals(Set.of(id1, id3), ids(src + "&is_food=true"));
    assertEquals(Set.of(id1, id2, id3), ids(src + "&is_food=true&is_food=false"));
    assertEquals(Set.of(id1), ids("brand=" + enc(brandOne.toUpperCase(Locale.ROOT))));
    assertEquals(Set.of(id1, id2), ids("brand=" + enc(brandOne) + "&brand=" + enc(brandTwo.toLowerCase(Locale.ROOT))));
    assertEquals(Set.of(id1), ids("category=" + enc(category.toLowerCase(Locale.ROOT))));
    assertEquals(Set.of(id1), ids("parent_category=" + enc(parent.toUpperCase(Locale.ROOT))));
    assertEquals(Set.of(id1), ids("food_group=" + enc(group)));
    assertEquals(Set.of(id1), ids("process_type=" + enc(process.toUpperCase(Locale.ROOT))));
    assertEquals(Set.of(id1), ids(src + "&brand=" + enc(brandOne) + "&is_food=true"), "filters are ANDed");
    assertEquals(Set.of(), ids(src + "&brand=" + enc(brandTwo) + "&is_food=true"));
    assertEquals(Set.of(), ids("brand=" + enc(unique("NoSuchBrand"))));
    assertEquals(Set.of(), ids("id=" + id1 + "&source=" + enc(unique("OtherSource"))));

    assertEquals(204, server.write("DELETE", "/v1/products/" + id3, null).statusCode());
    assertEquals(Set.of(id1, id2), ids(src));
    assertEquals(Set.of(id3), ids(src + "&discarded=true"));
    assertEquals(Set.of(id1, id2, id3), ids(src + "&discarded=true&discarded=false"));
  }

  @Test
  void sortsByEachKeyAndAMixOfDirections() {
    String sourceName = unique("SortSrc");
    String source = Api.classification(server, "sources", sourceName);
    String stem = unique("sort");
    List<String> ids = new ArrayList<>();
    for (String last : List.of("d", "b", "a", "c", "a")) {
      ids.add(Api.create(server, Api.product(stem + last, Api.barcode(), source)).get("id").asText());
    }
    assertEquals(200, Api.patch(server, "/v1/products/" + ids.get(1), "{\"ingredients\": \"x\"}", null).statusCode());
    assertEquals(200, Api.patch(server, "/v1/products/" + ids.get(3), "{\"ingredients\": \"y\"}", null).statusCode());
    String filter = "source=" + enc(sourceName);
    List<JsonNode> all = page(filter + "&limit=200").data();
    assertEquals(5, all.size());

    Comparator<JsonNode> byName = Comparator.comparing(p -> p.get("name").asText());
    Comparator<JsonNode> byCreated = Comparator.comparing(p -> Instant.parse(p.get("created_at").asText()));
    Comparator<JsonNode> byUpdated = Comparator.comparing(p -> Instant.parse(p.get("updated_at").asText()));
    Comparator<JsonNode> byId = Comparator.comparing(p -> p.get("id").asText());

    checkSort(filter, "name", all, byName.thenComparing(byId));
    checkSort(filter, "-name", all, byName.reversed().thenComparing(byId.reversed()));
    checkSort(filter, "created_at", all, byCreated.thenComparing(byId));
    checkSort(filter, "-updated_at", all, byUpdated.reversed().thenComparing(byId.reversed()));
    checkSort(filter, "name,-created_at", all, byName.thenComparing(byCreated.reversed()).thenComparing(byId));
    checkSort(filter, "-name,created_at", all, byName.reversed().thenComparing(byCreated)
        .thenComparing(byId.reversed()));

    assertEquals(Set.of(ids.get(2), ids.get(4)), new HashSet<>(idsOf(page(filter + "&sort=name&limit=2").data())),
        "the two 'a' products come first by name");
    assertEquals(List.of(ids.get(4), ids.get(2), ids.get(1), ids.get(3), ids.get(0)),
        idsOf(page(filter + "&sort=name,-created_at").data()));
    assertEquals(List.of(ids.get(3), ids.get(1)), idsOf(page(filter + "&sort=-updated_at&limit=2").data()));
    assertEquals(ids, idsOf(page(filter + "&sort=created_at").data()));
  }

  @Test
  void sortsNamesRegardlessOfCaseAndAccents() {
    String sourceName = unique("NameSrc");
    String source = Api.classification(server, "sources", sourceName);
    List<String> created = new ArrayList<>();
    for (String name : List.of("Banana", "apple", "Zebra", "Álvaro", "cherry", "APPLE", "apple")) {
      created.add(Api.create(server, Api.product(name, Api.barcode(), source)).get("id").asText());
    }
    List<String> apples = Stream.of(created.get(1), created.get(6)).sorted().toList();
    List<String> expected = new ArrayList<>(List.of(created.get(3), created.get(5)));
    expected.addAll(apples);
    expected.addAll(List.of(created.get(0), created.get(4), created.get(2)));
    String filter = "source=" + enc(sourceName);

    assertEquals(expected, idsOf(page(filter + "&sort=name").data()), "folded name, then as written, then id");
    assertEquals(expected.reversed(), idsOf(page(filter + "&sort=-name").data()));
    assertEquals(expected, walkInPagesOfTwo(filter + "&sort=name", expected.size()), "name in pages of 2");
    assertEquals(expected.reversed(), walkInPagesOfTwo(filter + "&sort=-name", expected.size()), "-name in pages of 2");
    assertEquals(Set.copyOf(apples), ids(filter + "&name=apple"), "the name filter still matches the name as written");
    assertEquals(Set.of(created.get(5), created.get(3)), ids(filter + "&name=APPLE&name=" + enc("Álvaro")));
  }

  @Test
  void aRenamedClassificationShowsItsNewNameOnTheNextPage() {
    String source = Api.classification(server, "sources", unique("RenameSrc"));
    String brandName = unique("RenameBrand");
    String brand = Api.classification(server, "brands", brandName);
    String productName = unique("renamed brand product");
    Api.create(server, Api.product(productName, Api.barcode(), source).put("brand_id", brand));
    String filter = "name=" + enc(productName);
    for (int i = 0; i < 2; i++) {
      assertEquals(brandName, page(filter).data().getFirst().get("brand").get("name").asText());
    }
    String renamed = unique("Renamed brand");
    HttpResponse<String> patched = Api.patch(server, "/v1/brands/" + brand,
        Api.object().put("name", renamed).toString(), "\"1\"");
    assertEquals(200, patched.statusCode(), patched.body());
    assertEquals(renamed, page(filter).data().getFirst().get("brand").get("name").asText());
    JsonNode hit = json(server.get("/v1/products/search?q=" + enc(productName) + "&limit=1")).get("data").get(0);
    assertEquals(productName, hit.get("name").asText());
    assertEquals(renamed, hit.get("brand").get("name").asText());
  }

  @Test
  void pagingWalksEveryMatchingProductExactlyOnce() {
    String sourceName = unique("PageSrc");
    String source = Api.classification(server, "sources", sourceName);
    Set<String> created = new HashSet<>();
    for (int i = 0; i < 25; i++) {
      created.add(Api.createProduct(server, unique("page"), source).get("id").asText());
    }
    String filter = "source=" + enc(sourceName);
    for (String sort : List.of("name", "-name", "created_at", "-updated_at", "name,-created_at")) {
      List<String> walked = new ArrayList<>();
      String cursor = null;
      int pages = 0;
      do {
        Page page = page(filter + "&sort=" + sort + "&limit=7&include_total=true"
            + (cursor == null ? "" : "&cursor=" + cursor));
        pages++;
        assertEquals(7, page.meta().get("limit").asInt());
        assertEquals(25, page.meta().get("total").asLong(), "exact total on every page");
        assertTrue(page.data().size() <= 7);
        walked.addAll(idsOf(page.data()));
        cursor = page.meta().get("next_cursor").isNull() ? null : page.meta().get("next_cursor").asText();
        assertTrue(pages <= 10, "paging does not end");
      } while (cursor != null);
      assertEquals(4, pages, sort);
      assertEquals(25, walked.size(), sort + ": " + walked);
      assertEquals(created, new LinkedHashSet<>(walked), sort);
      assertEquals(idsOf(page(filter + "&sort=" + sort + "&limit=200").data()), walked,
          sort + ": pages in the order of one big page");
    }
    Page whole = page(filter + "&limit=25");
    assertTrue(whole.meta().get("next_cursor").isNull(), "no next page when all fit");
    assertFalse(whole.meta().has("total"), "total only on request");
  }

  @Test
  void pagingIsStableUnderInserts() {
    String sourceName = unique("StableSrc");
    String source = Api.classification(server, "sources", sourceName);
    String stem = unique("stable");
    Set<String> created = new HashSet<>();
    for (String last : List.of("c", "d", "e", "f", "g", "h")) {
      created.add(Api.create(server, Api.product(stem + last, null, source)).get("id").asText());
    }
    String filter = "source=" + enc(sourceName) + "&sort=name&limit=2";
    Page first = page(filter);
    List<String> walked = new ArrayList<>(idsOf(first.data()));
    Api.create(server, Api.product(stem + "a", null, source));
    Api.create(server, Api.product(stem + "b", null, source));
    String cursor = first.meta().get("next_cursor").asText();
    while (cursor != null) {
      Page next = page(filter + "&cursor=" + cursor);
      walked.addAll(idsOf(next.data()));
      cursor = next.meta().get("next_cursor").isNull() ? null : next.meta().get("next_cursor").asText();
    }
    assertEquals(created, new HashSet<>(walked), "inserts before the cursor do not shift the pages");
    assertEquals(6, walked.size());
  }

  @Test
  void aCursorOnlyWorksWithItsOwnSortAndFilter() {
    String sourceName = unique("CurSrc");
    String source = Api.classification(server, "sources", sourceName);
    for (int i = 0; i < 3; i++) {
      Api.createProduct(server, unique("cur"), source);
    }
    String filter = "source=" + enc(sourceName);
    String cursor = page(filter + "&sort=name&limit=1").meta().get("next_cursor").asText();
    assertEquals(200, server.get("/v1/products?" + filter + "&sort=name&limit=1&cursor=" + cursor).statusCode());
    assertEquals(200, server.get("/v1/products?" + filter + "&sort=name&limit=5&cursor=" + cursor).statusCode(),
        "the page size may change");
    assertEquals(200, server.get("/v1/products?sort=name&" + filter + "&cursor=" + cursor).statusCode(),
        "key order does not matter");
    assertProblem(server.get("/v1/products?" + filter + "&sort=-name&limit=1&cursor=" + cursor), 400, "cursor");
    assertProblem(server.get("/v1/products?" + filter + "&sort=created_at&limit=1&cursor=" + cursor), 400, "cursor");
    assertProblem(server.get("/v1/products?" + filter + "&limit=1&cursor=" + cursor + "&sort=name,created_at"), 400,
        "cursor");
    assertProblem(server.get("/v1/products?source=" + enc(unique("Other")) + "&sort=name&limit=1&cursor=" + cursor),
        400, "cursor");
    assertProblem(server.get("/v1/products?" + filter + "&is_food=true&sort=name&limit=1&cursor=" + cursor), 400,
        "cursor");
    assertProblem(server.get("/v1/products?sort=name&limit=1&cursor=" + cursor), 400, "cursor");
  }

  private void checkSort(String filter, String sort, List<JsonNode> all, Comparator<JsonNode> order) {
    List<String> expected = idsOf(all.stream().sorted(order).toList());
    assertEquals(expected, idsOf(page(filter + "&sort=" + sort + "&limit=200").data()), "sort=" + sort);
    assertEquals(expected, walkInPagesOfTwo(filter + "&sort=" + sort, all.size()), "sort=" + sort + " in pages of 2");
  }

  /** The ids of every page of {@code query}, two at a time along the cursors, stopping once past {@code max}. */
  private List<String> walkInPagesOfTwo(String query, int max) {
    List<String> walked = new ArrayList<>();
    String cursor = null;
    do {
      Page page = page(query + "&limit=2" + (cursor == null ? "" : "&cursor=" + cursor));
      walked.addAll(idsOf(page.data()));
      cursor = page.meta().get("next_cursor").isNull() ? null : page.meta().get("next_cursor").asText();
    } while (cursor != null && walked.size() <= max);
    return walked;
  }

  private record Page(List<JsonNode> data, JsonNode meta) {}

  private static Page page(String query) {
    HttpResponse<String> r = server.get("/v1/products?" + query);
    assertEquals(200, r.statusCode(), query + ": " + r.body());
    JsonNode body = json(r);
    List<JsonNode> data = new ArrayList<>();
    body.get("data").forEach(data::add);
    return new Page(data, body.get("page"));
  }

  private static Set<String> ids(String query) {
    List<String> list = idsOf(page(query + "&limit=200").data());
    Set<String> set = new HashSet<>(list);
    assertEquals(list.size(), set.size(), "no product twice: " + list);
    return set;
  }

  private static List<String> idsOf(List<JsonNode> products) {
    return products.stream().map(p -> p.get("id").asText()).toList();
  }
}
