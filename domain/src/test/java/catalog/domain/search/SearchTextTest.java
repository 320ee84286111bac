package catalog.domain.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchTextTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Amaranth seed, black|amaranth seed black",
      "Pão de Açúcar|pao de acucar",
      "  CRÈME   brûlée!! |creme brulee",
      "Bengal gram, dal (split)|bengal gram dal split",
      "100% whole-wheat|100 whole wheat",
      "Straße|strasse",
      "Ænglish smørrebrød|aenglish smorrebrod",
      "choc chip cookies|chocolate chip cookies",
      "Frzn veg mix|frozen vegetable mix",
      "Yogurt, LF|yogurt low fat",
      "Tea w/o sugar|tea without sugar",
      "Tea w/ milk|tea with milk",
      "Tea W/Milk|tea with milk",
      "Café c/ leite|cafe com leite",
      "Pão s/ glúten|pao sem gluten",
      "snow/ice|snow ice",
      "org. apples|organic apples",
      "under_score|under score",
      "Vegetable|vegetable",
      "...|''"})
  void namesAreFoldedStrippedAndExpanded(String name, String expected) {
    assertEquals(expected, SearchText.of(name));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Pão de Açúcar|pao de acucar",
      "CRÈME brûlée (100%)|creme brulee (100%)",
      "50_50 Mix|50_50 mix",
      "Straße|strasse",
      "ﬁne|fine",
      "ΟΔΟΣ|οδοσ",
      "οδος|οδοσ",
      "ΟΔΟΣΗΜΑ|οδοσημα"})
  void foldingKeepsPunctuationAndSpacing(String name, String expected) {
    assertEquals(expected, TextFolding.fold(name));
  }

  /** A name holds the folded form of any stretch of it, whatever its case: Greek's final sigma too. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"ΟΔΟΣΗΜΑ Greek|ΟΔΟΣ", "ΚΑΦΕΣ ΦΙΛΤΡΟΥ|καφεσ φ", "Pão de Açúcar|ÃO D"})
  void theFoldedNameHoldsTheFoldedPart(String name, String part) {
    assertTrue(TextFolding.fold(name).contains(TextFolding.fold(part)), TextFolding.fold(name) + " / " + TextFolding.fold(part));
  }

  @org.junit.jupiter.api.Test
  void everyAbbreviationExpandsToWholeWords() {
    for (Map.Entry<String, String> entry : Abbreviations.WORDS.entrySet()) {
      assertEquals(entry.getValue(), SearchText.of(entry.getKey()), entry.getKey());
      assertEquals("x " + entry.getValue() + " y", SearchText.of("X " + entry.getKey().toUpperCase() + ", Y"));
      assertEquals(SearchText.of(entry.getValue()), entry.getValue(), "an expansion is already normalized");
    }
    for (Map.Entry<String, String> entry : Abbreviations.SLASHED) {
      assertEquals("a " + entry.getValue() + " b", SearchText.of("a " + entry.getKey() + "b"));
    }
  }

  @Test
  void abbreviationsInsideWordsAreLeftAlone() {
    assertEquals("vegan chocolate", SearchText.of("vegan choc"));
    assertEquals("chocolates", SearchText.of("chocolates"));
    assertEquals("saw o", SearchText.of("saw/o"));
  }

  @Test
  void nameAndQueryMeetInTheSameForm() {
    assertEquals(SearchText.of("Milk chocolate, without sugar"), SearchText.of("milk choc w/o sugar"));
  }
}
