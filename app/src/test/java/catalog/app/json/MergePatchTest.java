package catalog.app.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** JSON Merge Patch against the examples of RFC 7396, Appendix A (those whose target and patch are objects). */
class MergePatchTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @ParameterizedTest(name = "{0} + {1} = {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "{\"a\":\"b\"}                 | {\"a\":\"c\"}                     | {\"a\":\"c\"}",
      "{\"a\":\"b\"}                 | {\"b\":\"c\"}                     | {\"a\":\"b\",\"b\":\"c\"}",
      "{\"a\":\"b\"}                 | {\"a\":null}                      | {}",
      "{\"a\":\"b\",\"b\":\"c\"}     | {\"a\":null}                      | {\"b\":\"c\"}",
      "{\"a\":[\"b\"]}               | {\"a\":\"c\"}                     | {\"a\":\"c\"}",
      "{\"a\":\"c\"}                 | {\"a\":[\"b\"]}                   | {\"a\":[\"b\"]}",
      "{\"a\":{\"b\":\"c\"}}         | {\"a\":{\"b\":\"d\",\"c\":null}}  | {\"a\":{\"b\":\"d\"}}",
      "{\"a\":[{\"b\":\"c\"}]}       | {\"a\":[1]}                       | {\"a\":[1]}",
      "{\"e\":null}                  | {\"a\":1}                         | {\"e\":null,\"a\":1}",
      "{}                            | {\"a\":{\"bb\":{\"ccc\":null}}}   | {\"a\":{\"bb\":{}}}",
  })
  void rfc7396AppendixA(String target, String patch, String result) throws Exception {
    assertEquals(MAPPER.readTree(result), MergePatch.apply(object(target), object(patch)));
  }

  @Test
  void anEmptyPatchChangesNothing() throws Exception {
    ObjectNode target = object("{\"a\":1,\"b\":{\"c\":[1,2]}}");
    assertEquals(target, MergePatch.apply(target, object("{}")));
  }

  @Test
  void anObjectReplacesAScalarAndNullsInsideItAreDropped() throws Exception {
    assertEquals(MAPPER.readTree("{\"a\":{\"b\":1}}"),
        MergePatch.apply(object("{\"a\":\"text\"}"), object("{\"a\":{\"b\":1,\"c\":null}}")));
  }

  @Test
  void neitherTheTargetNorThePatchIsChanged() throws Exception {
    ObjectNode target = object("{\"a\":{\"b\":\"c\"},\"d\":1}");
    ObjectNode patch = object("{\"a\":{\"b\":null,\"x\":{\"y\":1}},\"d\":null}");
    JsonNode targetBefore = target.deepCopy();
    JsonNode patchBefore = patch.deepCopy();
    ObjectNode result = MergePatch.apply(target, patch);
    assertEquals(MAPPER.readTree("{\"a\":{\"x\":{\"y\":1}}}"), result);
    assertEquals(targetBefore, target);
    assertEquals(patchBefore, patch);
    ((ObjectNode) result.get("a").get("x")).put("z", 2);
    assertEquals(patchBefore, patch, "the result shares no node with the patch");
  }

  private static ObjectNode object(String json) throws Exception {
    return (ObjectNode) MAPPER.readTree(json);
  }
}
