package catalog.app.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import catalog.domain.FieldError;
import catalog.domain.InvalidInput;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A resize body: both figures, whole, in range, and nothing else; every bad field is named. */
class PoolResizeTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void readsBothFigures() {
    assertEquals(new PoolResize(16, 4), PoolResize.from(body("{\"size\":16,\"max_overflow\":4}")));
    assertEquals(new PoolResize(1, 0), PoolResize.from(body("{\"max_overflow\":0,\"size\":1}")));
    assertEquals(new PoolResize(1000, 1000), PoolResize.from(body("{\"size\":1000,\"max_overflow\":1000}")));
  }

  @Test
  void namesEveryBadField() {
    InvalidInput error = assertThrows(InvalidInput.class,
        () -> PoolResize.from(body("{\"size\":1.5,\"colour\":\"red\"}")));
    assertEquals(List.of(
        new FieldError("colour", "is not a pool setting that can change; send size and max_overflow"),
        new FieldError("size", "must be a whole number from 1 to 1000 (got 1.5)"),
        new FieldError("max_overflow", "is required; it must be a whole number from 0 to 1000")), error.errors());
  }

  @Test
  void refusesFiguresOutOfRangeAndNonIntegers() {
    for (String bad : List.of("0", "1001", "-1", "\"5\"", "null", "true", "4.0", "1e2", "2147483648", "{}", "[]")) {
      assertThrows(InvalidInput.class, () -> PoolResize.from(body("{\"size\":" + bad + ",\"max_overflow\":0}")), bad);
    }
    assertThrows(InvalidInput.class, () -> PoolResize.from(body("{\"size\":2,\"max_overflow\":1001}")));
  }

  private static ObjectNode body(String json) {
    try {
      return (ObjectNode) MAPPER.readTree(json);
    } catch (Exception e) {
      throw new IllegalArgumentException(json, e);
    }
  }
}
