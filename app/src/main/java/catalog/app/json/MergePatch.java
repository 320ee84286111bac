package catalog.app.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/** JSON Merge Patch (RFC 7396): null removes, objects merge recursively, anything else replaces. */
public final class MergePatch {
  private MergePatch() {}

  public static ObjectNode apply(ObjectNode target, ObjectNode patch) {
    ObjectNode result = target.deepCopy();
    merge(result, patch);
    return result;
  }

  private static void merge(ObjectNode target, ObjectNode patch) {
    for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      JsonNode value = entry.getValue();
      if (value.isNull()) {
        target.remove(entry.getKey());
      } else if (value instanceof ObjectNode patchObject) {
        JsonNode existing = target.get(entry.getKey());
        ObjectNode merged = existing instanceof ObjectNode o ? o : target.objectNode();
        merge(merged, patchObject);
        target.set(entry.getKey(), merged);
      } else {
        target.set(entry.getKey(), value.deepCopy());
      }
    }
  }
}
