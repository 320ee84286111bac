package catalog.app.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityTagsTest {
  @Test
  void aListIsReadTagByTag() {
    assertEquals(List.of("\"3\""), EntityTags.parse("\"3\""));
    assertEquals(List.of("\"1\"", "W/\"2\"", "\"3\""), EntityTags.parse(" \"1\",W/\"2\" ,  \"3\" "));
    assertEquals(List.of("\"1\"", "\"2\""), EntityTags.parse("\"1\",,\t\"2\","));
  }

  @Test
  void aTagMayHoldAComma() {
    assertEquals(List.of("\"a,b\"", "\"2\""), EntityTags.parse("\"a,b\", \"2\""));
  }

  @Test
  void whatIsNotATagEndsTheList() {
    assertEquals(List.of(), EntityTags.parse("2"));
    assertEquals(List.of(), EntityTags.parse("W/2"));
    assertEquals(List.of("\"1\""), EntityTags.parse("\"1\", 2, \"3\""));
    assertEquals(List.of("\"1\""), EntityTags.parse("\"1\", \"2"));
    assertEquals(List.of(), EntityTags.parse(""));
  }
}
