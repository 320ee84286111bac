package catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CheckTest {

  @Test
  void textIsStripped() {
    assertEquals("Oat milk", Check.text("name", "  Oat milk\t\n", 10));
  }

  @Test
  void textNamesTheFieldWhenMissingBlankOrTooLong() {
    assertEquals(List.of(new FieldError("name", "is required")),
        assertThrows(InvalidInput.class, () -> Check.text("name", null, 10)).errors());
    assertEquals(List.of(new FieldError("name", "must not be blank")),
        assertThrows(InvalidInput.class, () -> Check.text("name", " \t ", 10)).errors());
    assertEquals(List.of(new FieldError("name", "must be at most 3 characters")),
        assertThrows(InvalidInput.class, () -> Check.text("name", "abcd", 3)).errors());
  }

  @Test
  void textLengthIsMeasuredAfterStripping() {
    assertEquals("abc", Check.text("name", "  abc  ", 3));
  }

  @Test
  void textThatShowsNothingIsBlank() {
    for (String invisible : List.of("\u00a0", "\u200b", "\u200f", "\ufeff", " \u2007\u202f ", "\u3000\u200b")) {
      assertEquals(List.of(new FieldError("name", "must not be blank")),
          assertThrows(InvalidInput.class, () -> Check.text("name", invisible, 10)).errors(), invisible);
      assertNull(Check.optionalText("note", invisible, 10), invisible);
    }
    assertEquals("Acme", Check.text("name", "\u00a0Acme\u202f", 10), "no-break spaces at either end go");
    assertEquals("a\u200bb", Check.text("name", "a\u200bb", 10), "a format character between letters stays");
  }

  @Test
  void textLengthCountsCharactersNotUtf16Units() {
    String emoji = "\ud83d\ude00";
    assertEquals(emoji.repeat(10), Check.text("name", emoji.repeat(10), 10));
    assertEquals(List.of(new FieldError("name", "must be at most 10 characters")),
        assertThrows(InvalidInput.class, () -> Check.text("name", emoji.repeat(11), 10)).errors());
  }

  @Test
  void textRejectsControlCharactersButKeepsLineBreaksAndTabs() {
    assertThrows(InvalidInput.class, () -> Check.text("name", "a\u0000b", 10));
    assertThrows(InvalidInput.class, () -> Check.text("name", "a\u007fb", 10));
    assertEquals("a\nb\tc\r\nd", Check.text("name", "a\nb\tc\r\nd", 20));
  }

  @Test
  void textRejectsHalfOfASurrogatePairButKeepsWholeOnes() {
    for (String half : new String[] {"a\uD800b", "a\uDC00b", "ab\uD83E", "\uDD6Dab"}) {
      InvalidInput e = assertThrows(InvalidInput.class, () -> Check.text("name", half, 10));
      assertEquals("name", e.errors().getFirst().field());
    }
    assertEquals("\uD83E\uDD6D mango", Check.text("name", "\uD83E\uDD6D mango", 20));
  }

  @Test
  void optionalTextTurnsBlankIntoNull() {
    assertNull(Check.optionalText("ingredients", null, 10));
    assertNull(Check.optionalText("ingredients", "   ", 10));
    assertEquals("salt", Check.optionalText("ingredients", " salt ", 10));
  }

  @Test
  void rangeTakesMinusZeroAsZero() {
    assertEquals(0.0, Check.range("protein", -0.0, 0, 100), "0.0, not -0.0");
  }

  @Test
  void rangeAcceptsItsBounds() {
    assertEquals(0, Check.range("edible_yield", 0, 0, 1));
    assertEquals(1, Check.range("edible_yield", 1, 0, 1));
  }

  @ParameterizedTest
  @ValueSource(doubles = {-0.001, 1.001, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
  void rangeRejectsOutsideAndNonFinite(double value) {
    InvalidInput e = assertThrows(InvalidInput.class, () -> Check.range("edible_yield", value, 0, 1));
    assertEquals(List.of(new FieldError("edible_yield", "must be a number from 0 to 1")), e.errors());
  }

  @Test
  void rangeWritesFractionalBoundsAsDecimals() {
    InvalidInput e = assertThrows(InvalidInput.class, () -> Check.range("x", 3, 0.5, 2.5));
    assertEquals("must be a number from 0.5 to 2.5", e.errors().getFirst().message());
  }

  @Test
  void requiredNamesTheField() {
    assertEquals("x", Check.required("unit", "x"));
    assertEquals("unit", assertThrows(InvalidInput.class, () -> Check.required("unit", null))
        .errors().getFirst().field());
  }
}
