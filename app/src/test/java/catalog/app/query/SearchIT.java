package catalog.app.query;

import static catalog.app.query.Seeds.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import catalog.app.TestServer;
import catalog.domain.classification.Kind;
import catalog.domain.product.Product;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Similarity search over the IFCT 2017 sample catalog's real names (and a few products of this run). */
class SearchIT {
  private static TestServer server;
  private static Seeds seeds;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    seeds = new Seeds(server);
    server.graph().sampleCatalog().load();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static List<JsonNode> hits(String q, String more) {
    List<JsonNode> hits = new ArrayList<>();
    seeds.get("/v1/products/search?q=" + enc(q) + more, 200).path("data").forEach(hits::add);
    return hits;
  }

  private static List<String> names(List<JsonNode> hits) {
    return hits.stream().map(h -> h.path("name").asText()).toList();
  }

  @Test
  void aTypoStillFindsTheProductFirst() {
    List<String> names = names(hits("amaranht seed", ""));
    assertEquals(Set.of("Amaranth seed, black", "Amaranth seed, pale brown"), Set.copyOf(names.subList(0, 2)), names::toString);
  }

  /**
   * One typo in a word of a real name: a letter dropped, changed, added, or two swapped. Trigram
   * similarity alone found none of these (a typo in a short word leaves too few trigrams in common); the
   * misspelt word is searched as the catalog word nearest to it.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Areanut|Arecanut", "Mnago|Mango", "Whaet|Wheat", "Tomtao|Tomato", "Sadrine|Sardine", "Cadramom|Cardamom",
      "Sunfolwer seeds|Sunflower seeds", "Tiger Parwns|Tiger prawns", "Lenitl whole|Lentil whole", "Spinahc|Spinach",
      "Pinaeple|Pineapple", "Cauliflwoer|Cauliflower", "mustard sedes|Mustard seeds", "Appel green|Apple, green"})
  void oneTypoInAWordOfARealNameStillFindsIt(String typed, String meant) {
    List<String> names = names(hits(typed, "&limit=3"));
    assertFalse(names.isEmpty(), typed + " found nothing");
    assertTrue(names.getFirst().toLowerCase(Locale.ROOT).startsWith(meant.toLowerCase(Locale.ROOT)),
        typed + ": " + names);
  }

  /** The answer says what was searched when a word was corrected, and null when none was. */
  @Test
  void theAnswerNamesTheCorrectedQuery() {
    assertEquals("mango ripe", seeds.get("/v1/products/search?q=Mnago%2C%20ripe&limit=1", 200)
        .path("corrected_query").asText());
    JsonNode asGiven = seeds.get("/v1/products/search?q=Mango%2C%20ripe&limit=1", 200);
    assertTrue(asGiven.has("corrected_query") && asGiven.path("corrected_query").isNull(), asGiven::toString);
  }

  @Test
  void aWordOfTheCatalogIsNotCorrectedToAnother() {
    // "pear" is one edit from "peas", also a catalog word: a catalog word is never corrected.
    List<String> names = names(hits("pear", "&limit=1"));
    assertTrue(names.getFirst().toLowerCase(Locale.ROOT).contains("pear"), names::toString);
  }

  @Test
  void caseAccentsAndPunctuationDoNotMatter() {
    List<String> names = names(hits("  AMÂRANTH-SÉED!! ", "&limit=2"));
    assertEquals(Set.of("Amaranth seed, black", "Amaranth seed, pale brown"), Set.copyOf(names));
  }

  @Test
  void wholeWordsComeFirstThenLongerWords() {
    List<String> names = names(hits("seed", "&limit=100"));
    assertEquals(Set.of("Amaranth seed, black", "Amaranth seed, pale brown", "Jack fruit, seed, mature", "Pine seed",
        "Cotton seed oil"), Set.copyOf(names.subList(0, 5)), names::toString);
    assertTrue(names.contains("Mustard seeds"), names::toString);
  }

  @Test
  void namesStartingWithTheWordComeBeforeOtherWholeWordMatches() {
    List<String> names = names(hits("milk", "&limit=100"));
    assertEquals(Set.of("Milk fish", "Milk, whole, Buffalo", "Milk, whole, Cow"), Set.copyOf(names.subList(0, 3)),
        names::toString);
  }

  /** A name holding every word of the query ranks first, whatever the words' order. */
  @Test
  void namesHoldingEveryWordComeFirstInAnyOrder() {
    List<String> names = names(hits("potato sweet", "&limit=10"));
    assertEquals(Set.of("Sweet potato, brown skin", "Sweet potato, pink skin"), Set.copyOf(names.subList(0, 2)),
        names::toString);
    assertEquals("Milk, whole, Buffalo", names(hits("buffalo milk", "&limit=1")).getFirst());
  }

  /** "chilli" is no word of the catalog's, and two letters short of one: it is searched as "chillies". */
  @Test
  void aWordThatBeginsACatalogWordIsCompleted() {
    JsonNode answer = seeds.get("/v1/products/search?q=green%20chilli&limit=9", 200);
    assertEquals("green chillies", answer.path("corrected_query").asText());
    List<String> names = new ArrayList<>();
    answer.path("data").forEach(h -> names.add(h.path("name").asText()));
    assertEquals(Set.of("Chillies, green-1", "Chillies, green-2", "Chillies, green-3", "Chillies, green-4",
        "Chillies, green-5", "Chillies, green-6", "Chillies, green-7", "Chillies, green - all varieties"),
        Set.copyOf(names.subList(0, 8)), names::toString);
  }

  @Test
  void everyHitIsAProductWithItsSimilarity() {
    List<JsonNode> hits = hits("rice", "");
    assertFalse(hits.isEmpty());
    for (JsonNode hit : hits) {
      double similarity = hit.path("similarity").asDouble();
      assertTrue(similarity > 0 && similarity <= 1, hit::toString);
      assertTrue(hit.path("id").isTextual() && hit.path("source").path("name").isTextual(), hit::toString);
      assertTrue(hit.has("nutri_facts") && hit.has("updated_at") && hit.has("version"), hit::toString);
    }
    assertTrue(names(hits).getFirst().startsWith("Rice"), names(hits)::toString);
    assertTrue(names(hits).contains("Ricebean"), "a longer word is a candidate too: " + names(hits));
  }

  @Test
  void limitDefaultsTo20AndCapsTheHits() {
    assertEquals(20, hits("seeds", "").size());
    assertEquals(3, hits("seeds", "&limit=3").size());
    assertTrue(hits("seeds", "&limit=100").size() > 20);
  }

  @Test
  void abbreviationsInTheQueryMeetTheFullWordsInNames() {
    String token = Seeds.token();
    var source = seeds.classification(Kind.SOURCE, token);
    Product cookie = seeds.store(Seeds.product("Chocolate chip cookie, without sugar " + token, null,
        Map.of(Kind.SOURCE, source), Map.of(), Seeds.now(), Seeds.now()));
    List<JsonNode> hits = hits("choc chip cookie w/o sugar " + token, "&limit=1");
    assertEquals(cookie.id().toString(), hits.getFirst().path("id").asText());
  }

  @Test
  void discardedProductsAreNotFound() {
    String token = Seeds.token();
    var source = seeds.classification(Kind.SOURCE, token);
    Product gone = seeds.discard(seeds.store(Seeds.product("Quinoa " + token, null, Map.of(Kind.SOURCE, source),
        Map.of(), Seeds.now(), Seeds.now())));
    List<String> ids = hits("quinoa " + token, "&limit=100").stream().map(h -> h.path("id").asText()).toList();
    assertFalse(ids.contains(gone.id().toString()));
  }

  @Test
  void searchIsNotMistakenForAProductId() {
    assertEquals(200, server.get("/v1/products/search?q=rice").statusCode());
    assertEquals(400, server.get("/v1/products/not-a-uuid").statusCode());
  }
}
