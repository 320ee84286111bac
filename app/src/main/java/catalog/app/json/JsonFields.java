package catalog.app.json;

import catalog.app.http.HttpProblem;
import catalog.domain.Check;
import catalog.domain.FieldError;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Typed reads from a JSON object that collect every shape error (unknown field, wrong JSON type, bad
 * UUID) and report them together as one 400. Model rules are the domain's (422).
 */
public final class JsonFields {
  private final ObjectNode node;
  private final String prefix;
  private final List<FieldError> errors;

  private JsonFields(ObjectNode node, String prefix, List<FieldError> errors) {
    this.node = node;
    this.prefix = prefix;
    this.errors = errors;
  }

  /** Starts reading {@code node}; every field not in {@code allowed} is an error. */
  public static JsonFields of(ObjectNode node, Set<String> allowed) {
    JsonFields fields = new JsonFields(node, "", new ArrayList<>());
    fields.rejectUnknown(allowed);
    return fields;
  }

  /** Reads a nested object field with its own allowed keys; errors go to the same list. */
  public JsonFields nested(String name, Set<String> allowed) {
    JsonNode value = node.get(name);
    ObjectNode object = value instanceof ObjectNode o ? o : node.objectNode();
    JsonFields child = new JsonFields(object, path(name) + ".", errors);
    child.rejectUnknown(allowed);
    return child;
  }

  public boolean has(String name) {
    JsonNode value = node.get(name);
    return value != null && !value.isNull();
  }

  public String text(String name) {
    JsonNode value = present(name);
    if (value == null) {
      return null;
    }
    if (!value.isTextual()) {
      return wrong(name, "must be a string");
    }
    return value.textValue();
  }

  public Boolean bool(String name) {
    JsonNode value = present(name);
    if (value == null) {
      return null;
    }
    if (!value.isBoolean()) {
      return wrong(name, "must be true or false");
    }
    return value.booleanValue();
  }

  public Double number(String name) {
    JsonNode value = present(name);
    if (value == null) {
      return null;
    }
    if (!value.isNumber()) {
      return wrong(name, "must be a number");
    }
    return value.doubleValue();
  }

  public UUID uuid(String name) {
    String raw = text(name);
    if (raw == null) {
      return null;
    }
    return Check.isUuid(raw) ? UUID.fromString(raw) : wrong(name, "'" + raw + "' is not a UUID");
  }

  /** The object's own field names, for objects keyed by data (e.g. nutrients). */
  public Iterable<String> objectKeys(String name) {
    JsonNode value = present(name);
    if (value == null) {
      return List.of();
    }
    if (!value.isObject()) {
      wrong(name, "must be an object");
      return List.of();
    }
    List<String> keys = new ArrayList<>();
    value.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  /** True when the field is present and an object; records an error when present and not one. */
  public boolean isObject(String name) {
    JsonNode value = present(name);
    if (value == null) {
      return false;
    }
    if (!value.isObject()) {
      wrong(name, "must be an object");
      return false;
    }
    return true;
  }

  /** Records a shape error the caller found (e.g. two fields that exclude each other). */
  public void reject(String name, String message) {
    wrong(name, message);
  }

  /** Throws a 400 naming every shape error found so far. */
  public void done() {
    if (!errors.isEmpty()) {
      throw HttpProblem.badRequest(errors);
    }
  }

  private void rejectUnknown(Set<String> allowed) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!allowed.contains(name)) {
        errors.add(new FieldError(path(name), "is not a known field"));
      }
    }
  }

  private JsonNode present(String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() ? null : value;
  }

  private <T> T wrong(String name, String message) {
    errors.add(new FieldError(path(name), message));
    return null;
  }

  private String path(String name) {
    return prefix + name;
  }
}
