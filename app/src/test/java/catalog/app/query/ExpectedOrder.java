package catalog.app.query;

import catalog.domain.listing.Field;
import catalog.domain.listing.SortKey;
import catalog.domain.listing.SourceOrder;
import catalog.domain.search.TextFolding;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The order the contract promises, worked out from the JSON of the products alone: each key with
 * NULLS LAST in both directions, sources by the source order then name, classifications by lower-case
 * name, product names by their folded form (lower case, no accents) then as written, ties by id in the
 * first key's direction (PostgreSQL orders uuids as their lower-case text).
 */
final class ExpectedOrder {
  private ExpectedOrder() {}

  static List<UUID> of(List<JsonNode> rows, String sort) {
    List<SortKey> keys = Arrays.stream(sort.split(",")).map(SortKey::parse).toList();
    Comparator<JsonNode> order = (a, b) -> 0;
    for (SortKey key : keys) {
      order = order.thenComparing((a, b) -> compare(key, value(key.field(), a), value(key.field(), b)));
    }
    Comparator<JsonNode> byId = Comparator.comparing(r -> r.path("id").asText());
    order = order.thenComparing(keys.getFirst().descending() ? byId.reversed() : byId);
    return rows.stream().sorted(order).map(r -> UUID.fromString(r.path("id").asText())).toList();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compare(SortKey key, Comparable a, Comparable b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : 1) : -1;
    }
    int c = switch (key.field()) {
      case SOURCE -> Comparator.comparingInt(SourceOrder::rank).thenComparing(Comparator.<String>naturalOrder())
          .compare((String) a, (String) b);
      case NAME -> Comparator.comparing(TextFolding::fold).thenComparing(Comparator.<String>naturalOrder())
          .compare((String) a, (String) b);
      default -> a.compareTo(b);
    };
    return key.descending() ? -c : c;
  }

  static Comparable<?> value(Field field, JsonNode row) {
    if (field.nutrient().isPresent()) {
      JsonNode v = row.path("nutri_facts").path(field.key()).path("value");
      return v.isMissingNode() ? null : v.asDouble();
    }
    if (field.kind().isPresent()) {
      JsonNode ref = row.path(field.key());
      return ref.isNull() ? null : ref.path("name").asText().toLowerCase(Locale.ROOT);
    }
    JsonNode v = row.path(field.key());
    if (v.isNull()) {
      return null;
    }
    return field.type() == Field.Type.TIME ? Instant.parse(v.asText()) : v.asText();
  }
}
