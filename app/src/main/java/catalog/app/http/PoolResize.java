package catalog.app.http;

import catalog.domain.FieldError;
import catalog.domain.InvalidInput;
import catalog.infra.config.PoolSettings;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** The body of {@code PUT /admin/pool}: both figures required, whole numbers in range, nothing else. */
record PoolResize(int size, int maxOverflow) {
  static final List<String> FIELDS = List.of("size", "max_overflow");

  /** The resize asked for, or {@link InvalidInput} naming every bad field (so nothing changes). */
  static PoolResize from(ObjectNode body) {
    List<FieldError> errors = new ArrayList<>();
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        errors.add(new FieldError(name, "is not a pool setting that can change; send size and max_overflow"));
      }
    }
    int size = whole(body, "size", PoolSettings.MIN_SIZE, PoolSettings.MAX_SIZE, errors);
    int maxOverflow = whole(body, "max_overflow", 0, PoolSettings.MAX_OVERFLOW, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    return new PoolResize(size, maxOverflow);
  }

  private static int whole(ObjectNode body, String field, int min, int max, List<FieldError> errors) {
    String rule = "must be a whole number from " + min + " to " + max;
    JsonNode node = body.get(field);
    if (node == null) {
      errors.add(new FieldError(field, "is required; it " + rule));
      return -1;
    }
    if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < min || node.intValue() > max) {
      errors.add(new FieldError(field, rule + " (got " + node + ")"));
      return -1;
    }
    return node.intValue();
  }
}
