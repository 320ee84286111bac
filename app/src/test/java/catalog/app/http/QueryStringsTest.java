package catalog.app.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import catalog.domain.FieldError;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueryStringsTest {
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"", "rice", "a+b", "a%20b", "%C3%A7", "ç", "%F0%9F%92%A5", "100%25", "a%2Cb", "%7e"})
  void wellFormedTextPasses(String encoded) {
    assertNull(QueryStrings.problem(encoded));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"%ZZ", "100%", "a%2", "%b_c", "%%", "%G0"})
  void aPercentSignNeedsTwoHexDigits(String encoded) {
    assertEquals("has a '%' not followed by two hex digits: encode '%' itself as %25", QueryStrings.problem(encoded));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"%FF", "%C3%28", "%C3", "%ED%A0%80", "%F0%9F%92"})
  void theBytesMustBeUtf8(String encoded) {
    assertEquals("is not UTF-8 once percent-decoded", QueryStrings.problem(encoded));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"%00", "a%00b", "%00%00"})
  void aNulIsRefused(String encoded) {
    assertEquals("must not contain the NUL character (%00)", QueryStrings.problem(encoded));
  }

  @Test
  void everyBadParameterIsNamedOnce() {
    HttpProblem problem = assertThrows(HttpProblem.class,
        () -> QueryStrings.parse("sort=name&brand=a%00&calories_lte=%ZZ&%ZZ=1&name%5Flike=%FF&limit=5&flag"));
    assertEquals(400, problem.status());
    assertEquals(List.of(
        new FieldError("brand", "must not contain the NUL character (%00)"),
        new FieldError("calories_lte", "has a '%' not followed by two hex digits: encode '%' itself as %25"),
        new FieldError("%ZZ", "the parameter's name has a '%' not followed by two hex digits: encode '%' itself as %25"),
        new FieldError("name_like", "is not UTF-8 once percent-decoded")), problem.errors());
  }

  @Test
  void aValueWithNoNameIsRefused() {
    HttpProblem problem = assertThrows(HttpProblem.class, () -> QueryStrings.parse("limit=5&=x&%3D=y"));
    assertEquals(List.of(new FieldError("=x", "is a value with no parameter name")), problem.errors());
  }

  @Test
  void noQueryStringOrAGoodOnePasses() {
    assertEquals(Map.of(), QueryStrings.parse(null));
    assertEquals(Map.of(), QueryStrings.parse(""));
    assertEquals(Map.of("brand", List.of("Zelo", "Ganga"), "sort", List.of("-updated_at"), "x", List.of("")),
        QueryStrings.parse("brand=Zelo&brand=Ganga&sort=-updated_at&&x=&="));
  }

  @Test
  void namesAndValuesArePercentDecodedUtf8InTheOrderGiven() {
    Map<String, List<String>> params = QueryStrings.parse("q=cr%C3%A8me+br%C3%BBl%C3%A9e&flag&name%5Flike=a%2Bb&q=ç=1");
    assertEquals(List.of("q", "flag", "name_like"), List.copyOf(params.keySet()));
    assertEquals(List.of("crème brûlée", "ç=1"), params.get("q"));
    assertEquals(List.of(""), params.get("flag"), "a name without '=' has one empty value");
    assertEquals(List.of("a+b"), params.get("name_like"));
  }
}
