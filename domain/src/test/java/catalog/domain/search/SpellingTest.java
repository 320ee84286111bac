package catalog.domain.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpellingTest {
  /** Words of the sample catalog's names, as SearchText writes them. */
  private static final List<String> WORDS = List.of("mango", "ripe", "raw", "wheat", "whole", "flour", "tomato",
      "ripe", "sardine", "cardamom", "arecanut", "dried", "sunflower", "seeds", "seed", "tiger", "prawns", "lentil",
      "agati", "leaves", "amaranth", "black", "coconut", "rice", "milk", "mink", "silk", "chillies", "green");

  @ParameterizedTest
  @CsvSource({
      "mango, mango, 0", "mnago, mango, 1", "mang, mango, 1", "manggo, mango, 1", "mangu, mango, 1",
      "amngo, mango, 1", "cadramom, cardamom, 1", "sunfolwer, sunflower, 1", "abc, cba, 2", "ca, abc, 3",
      "kitten, sitting, 3", "'', abc, 3", "smørrebrød, smorrebrod, 2"})
  void distanceCountsInsertionsDeletionsChangesAndAdjacentSwaps(String a, String b, int edits) {
    assertEquals(edits, Spelling.distance(a, b));
    assertEquals(edits, Spelling.distance(b, a), "symmetric");
  }

  @Test
  void distanceCountsCodePointsNotUtf16Units() {
    assertEquals(1, Spelling.distance("a\uD835\uDD0Ab", "ab"), "one letter outside the BMP is one edit");
  }

  /** The audit's examples: one typo (a letter dropped, changed, added, or two swapped) in a real name's word. */
  @ParameterizedTest
  @CsvSource({
      "areanut, arecanut", "mnago, mango", "whaet, wheat", "tomtao, tomato", "sadrine, sardine",
      "cadramom, cardamom", "sunfolwer, sunflower", "parwns, prawns", "lenitl, lentil", "leavs, leaves",
      "amaranht, amaranth", "cocnut, coconut", "rcie, rice", "greeen, green", "chilies, chillies"})
  void aWordOneTypoAwayFromACatalogWordIsCorrectedToIt(String typed, String meant) {
    assertEquals(Optional.of(meant), Spelling.best(typed, WORDS));
  }

  @Test
  void aWordTooFarFromEveryCatalogWordStays() {
    assertEquals(Optional.empty(), Spelling.best("paneer", WORDS));
    assertEquals(Optional.empty(), Spelling.best("mnaog", WORDS), "two edits in a 5-letter word are too many");
    assertEquals(Optional.of("cardamom"), Spelling.best("cadramon", WORDS), "two edits in an 8-letter word are not");
  }

  @Test
  void tiesGoToTheSameFirstLetterThenTheCloserLengthThenTheAlphabet() {
    assertEquals(Optional.of("milk"), Spelling.best("mlk", List.of("silk", "milk", "mink")), "m kept, 1 edit");
    assertEquals(Optional.of("milk"), Spelling.best("milx", List.of("silk", "mink", "milk", "milks")),
        "milk and mink both change one letter and keep the m: the alphabet decides");
    assertEquals(Optional.of("seeds"), Spelling.best("seedx", List.of("seed", "seeds")),
        "one edit to either, same first letter: seeds keeps the length");
    assertEquals(Spelling.best("milx", List.of("milks", "mink", "milk", "silk")),
        Spelling.best("milx", List.of("silk", "milk", "mink", "milks")), "the candidates' order does not matter");
  }

  @Test
  void aWordThatBeginsCatalogWordsIsCompletedWhenNoneIsAnEditAway() {
    assertEquals(Optional.of("chillies"), Spelling.best("chilli", WORDS), "two letters added: two edits, too many");
    assertEquals(Optional.of("potatoes"), Spelling.best("potato", List.of("potatoesx", "pota", "potatoes")));
    assertEquals(Optional.of("chilly"), Spelling.best("chilli", List.of("chillies", "chilly")),
        "a word one edit away goes before any completion");
    assertEquals(Optional.of("chillies"), Spelling.best("chilli", List.of("chillisx", "chillies")),
        "completions of the same length: the alphabet decides");
    assertEquals(Optional.of("chilli"), Spelling.best("chil", List.of("chillies", "chilli")), "the shortest");
  }

  @Test
  void aCompletionAddsAtMostTwoLetters() {
    assertEquals(Optional.empty(), Spelling.best("chil", List.of("chillies", "chilies")));
  }

  @Test
  void theWordItselfIsNoCorrection() {
    assertEquals(Optional.empty(), Spelling.best("mango", List.of("mango")));
  }

  @Test
  void onlyWordsOfFourLettersOrMoreThatAreNotNumbersAreCorrectable() {
    assertEquals(List.of("mango", "1kg2", "ripe"), Spelling.correctable("mango 1kg2 raw 2000 ripe mango"));
    assertEquals(List.of(), Spelling.correctable(""));
  }

  @Test
  void correctedReplacesEachUnknownWordThatHasANearCandidate() {
    assertEquals("mango ripe paneer", Spelling.corrected("mnago ripe paneer", List.of("mnago", "paneer"), w -> WORDS));
    assertEquals("mnago ripe", Spelling.corrected("mnago ripe", List.of(), w -> WORDS), "only the unknown words");
  }

  @Test
  void applyReplacesWholeWordsOnly() {
    assertEquals("mango ripe mango", Spelling.apply("mnago ripe mnago", Map.of("mnago", "mango")));
    assertEquals("mnagos ripe", Spelling.apply("mnagos ripe", Map.of("mnago", "mango")));
    assertEquals("as typed", Spelling.apply("as typed", Map.of()));
  }

  /** Random words with one random typo: always one edit apart, and the typo's word is found again among decoys. */
  @Test
  void anyOneTypoIsOneEditAndIsCorrectedBack() {
    Random random = new Random(20261127);
    for (int n = 0; n < 2000; n++) {
      String word = randomWord(random, 5 + random.nextInt(8));
      String typed = typo(random, word);
      if (typed.equals(word)) {
        continue;
      }
      assertEquals(1, Spelling.distance(word, typed), word + " -> " + typed);
      List<String> candidates = List.of(randomWord(random, word.length()), word, randomWord(random, word.length() + 1));
      String meant = Spelling.best(typed, candidates).orElseThrow(() -> new AssertionError(typed + " found nothing"));
      assertTrue(Spelling.distance(typed, meant) <= 1, typed + " -> " + meant);
    }
  }

  private static String randomWord(Random random, int length) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < length; i++) {
      b.append((char) ('a' + random.nextInt(26)));
    }
    return b.toString();
  }

  private static String typo(Random random, String word) {
    int at = random.nextInt(word.length() - 1);
    char letter = (char) ('a' + random.nextInt(26));
    return switch (random.nextInt(4)) {
      case 0 -> word.substring(0, at) + word.substring(at + 1);
      case 1 -> word.substring(0, at) + letter + word.substring(at + 1);
      case 2 -> word.substring(0, at) + letter + word.substring(at);
      default -> word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2);
    };
  }
}
