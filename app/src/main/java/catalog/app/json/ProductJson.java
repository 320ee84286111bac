package catalog.app.json;

import catalog.domain.Check;
import catalog.domain.classification.ClassificationName;
import catalog.domain.classification.Kind;
import catalog.domain.importing.ClassificationIds;
import catalog.domain.product.ClassificationRef;
import catalog.domain.product.NutriFacts;
import catalog.domain.product.Nutrient;
import catalog.domain.product.PackageSize;
import catalog.domain.product.ProductFields;
import catalog.domain.product.ProductView;
import catalog.domain.product.Score;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Products as JSON: the writable shape clients send, and the response shape of the contract. */
public final class ProductJson {
  /** Fields a client may write. */
  public static final Set<String> WRITABLE = writable();
  /** Fields an import row may give: the writable ones, and each classification by name. */
  public static final Set<String> IMPORTABLE = importable();
  private static final Set<String> QUANTITY = Set.of("value", "unit");
  private static final Set<String> SCORE = Set.of("final", "ingredients", "nutrients");

  private final ObjectMapper mapper;

  public ProductJson(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** Reads the writable shape; shape errors are a 400 listing all of them, model rules a 422. */
  public ProductFields read(ObjectNode body) {
    return read(body, WRITABLE, null);
  }

  /**
   * Reads an import row: the writable shape, where each classification may also be given by name
   * under its kind's key ({@code "source": "manual"}, {@code "food_group": "Cereals"}) instead of
   * by id; names are turned into ids through {@code names} once the row's shape is sound.
   */
  public ProductFields readRow(ObjectNode row, ClassificationIds names) {
    return read(row, IMPORTABLE, names);
  }

  private ProductFields read(ObjectNode body, Set<String> allowed, ClassificationIds names) {
    JsonFields in = JsonFields.of(body, allowed);
    String name = in.text("name");
    String barcode = in.text("barcode");
    Boolean isFood = in.bool("is_food");
    Map<Kind, UUID> refs = new EnumMap<>(Kind.class);
    Map<Kind, String> byName = new EnumMap<>(Kind.class);
    for (Kind kind : Kind.values()) {
      UUID id = in.uuid(kind.idField());
      if (id != null) {
        refs.put(kind, id);
      }
      String given = names == null ? null : in.text(kind.key());
      if (given != null && in.has(kind.idField())) {
        in.reject(kind.key(), "give " + kind.key() + " (a name) or " + kind.idField() + ", not both");
      } else if (given != null) {
        byName.put(kind, given);
      }
    }
    if (names != null && !in.has(Kind.SOURCE.idField()) && !in.has(Kind.SOURCE.key())) {
      in.reject(Kind.SOURCE.key(), "is required: give source (a name) or source_id");
    }
    Map<String, NutriFacts.Quantity> nutrients = new LinkedHashMap<>();
    if (in.isObject("nutri_facts")) {
      List<String> keys = new ArrayList<>();
      in.objectKeys("nutri_facts").forEach(keys::add);
      JsonFields facts = in.nested("nutri_facts", Set.copyOf(keys));
      for (String key : keys) {
        if (facts.isObject(key)) {
          JsonFields quantity = facts.nested(key, QUANTITY);
          Double value = quantity.number("value");
          String unit = quantity.text("unit");
          nutrients.put(key, new NutriFacts.Quantity(value == null ? Double.NaN : value, unit));
        }
      }
    }
    String ingredients = in.text("ingredients");
    Double packageSize = in.number("package_size");
    String packageUnit = in.text("package_size_unit");
    String imageUrl = in.text("image_url");
    Double finalScore = null;
    Double ingredientsScore = null;
    Double nutrientsScore = null;
    boolean hasScore = in.isObject("score");
    if (hasScore) {
      JsonFields score = in.nested("score", SCORE);
      finalScore = score.number("final");
      ingredientsScore = score.number("ingredients");
      nutrientsScore = score.number("nutrients");
    }
    Double edibleYield = in.number("edible_yield");
    in.done();
    NutriFacts facts = NutriFacts.parse(nutrients);
    PackageSize size = PackageSize.of(packageSize, packageUnit);
    Score score = hasScore && (finalScore != null || ingredientsScore != null || nutrientsScore != null)
        ? new Score(finalScore, ingredientsScore, nutrientsScore) : null;
    resolve(byName, names, refs);
    return new ProductFields(
        name,
        barcode,
        isFood == null || isFood,
        refs,
        facts,
        ingredients,
        size,
        imageUrl,
        score,
        edibleYield);
  }

  /** Checks every name first, so that a row with one bad name resolves none. */
  private static void resolve(Map<Kind, String> byName, ClassificationIds names, Map<Kind, UUID> refs) {
    Map<Kind, ClassificationName> checked = new EnumMap<>(Kind.class);
    byName.forEach((kind, given) ->
        checked.put(kind, new ClassificationName(Check.text(kind.key(), given, ClassificationName.MAX_LENGTH))));
    checked.forEach((kind, name) -> refs.put(kind, names.idOf(kind, name)));
  }

  /** The writable shape of stored fields: what a merge patch is applied to. */
  public ObjectNode writable(ProductFields f) {
    ObjectNode out = mapper.createObjectNode();
    out.put("name", f.name());
    putNullable(out, "barcode", f.barcode());
    out.put("is_food", f.isFood());
    f.classifications().forEach((kind, id) -> out.put(kind.idField(), id.toString()));
    out.set("nutri_facts", nutrients(f.nutriFacts()));
    putNullable(out, "ingredients", f.ingredients());
    if (f.packageSize() != null) {
      out.put("package_size", f.packageSize().amount());
      out.put("package_size_unit", f.packageSize().unit().symbol());
    }
    putNullable(out, "image_url", f.imageUrl());
    if (f.score() != null) {
      out.set("score", score(f.score()));
    }
    if (f.edibleYield() != null) {
      out.put("edible_yield", f.edibleYield());
    }
    return out;
  }

  /**
   * Writes the response shape of the contract, with {@code similarity} last when it is not null (a search
   * hit). Streamed field by field, with no tree of nodes built first: a page of products is the largest
   * thing the service writes.
   */
  public void write(JsonGenerator g, ProductView v, Double similarity) throws IOException {
    ProductFields f = v.fields();
    g.writeStartObject();
    g.writeStringField("id", v.id().toString());
    g.writeStringField("name", f.name());
    g.writeStringField("barcode", f.barcode());
    g.writeBooleanField("is_food", f.isFood());
    for (Kind kind : Kind.values()) {
      ClassificationRef ref = v.classification(kind);
      g.writeFieldName(kind.key());
      if (ref == null) {
        g.writeNull();
      } else {
        g.writeStartObject();
        g.writeStringField("id", ref.id().toString());
        g.writeStringField("name", ref.name());
        g.writeEndObject();
      }
    }
    g.writeFieldName("nutri_facts");
    g.writeStartObject();
    for (Map.Entry<Nutrient, Double> e : f.nutriFacts().values().entrySet()) {
      g.writeFieldName(e.getKey().key());
      g.writeStartObject();
      g.writeNumberField("value", e.getValue());
      g.writeStringField("unit", e.getKey().unit().symbol());
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeStringField("ingredients", f.ingredients());
    PackageSize size = f.packageSize();
    if (size == null) {
      g.writeNullField("package_size");
      g.writeNullField("package_size_unit");
    } else {
      g.writeNumberField("package_size", size.amount());
      g.writeStringField("package_size_unit", size.unit().symbol());
    }
    g.writeStringField("image_url", f.imageUrl());
    Score score = f.score();
    if (score == null) {
      g.writeNullField("score");
    } else {
      g.writeFieldName("score");
      g.writeStartObject();
      writeNumber(g, "final", score.overall());
      writeNumber(g, "ingredients", score.ingredients());
      writeNumber(g, "nutrients", score.nutrients());
      g.writeEndObject();
    }
    writeNumber(g, "edible_yield", f.edibleYield());
    g.writeStringField("created_at", v.createdAt().toString());
    g.writeStringField("updated_at", v.updatedAt().toString());
    g.writeNumberField("version", v.version());
    g.writeBooleanField("discarded", v.discarded());
    if (similarity != null) {
      g.writeNumberField("similarity", similarity);
    }
    g.writeEndObject();
  }

  private static void writeNumber(JsonGenerator g, String name, Double value) throws IOException {
    if (value == null) {
      g.writeNullField(name);
    } else {
      g.writeNumberField(name, value);
    }
  }

  private ObjectNode nutrients(NutriFacts facts) {
    ObjectNode out = mapper.createObjectNode();
    facts.values().forEach((nutrient, value) -> {
      ObjectNode q = out.putObject(nutrient.key());
      q.put("value", value);
      q.put("unit", nutrient.unit().symbol());
    });
    return out;
  }

  private ObjectNode score(Score s) {
    ObjectNode out = mapper.createObjectNode();
    out.put("final", s.overall());
    out.put("ingredients", s.ingredients());
    out.put("nutrients", s.nutrients());
    return out;
  }

  private static void putNullable(ObjectNode out, String name, String value) {
    if (value != null) {
      out.put(name, value);
    }
  }

  private static Set<String> importable() {
    Set<String> fields = new LinkedHashSet<>(WRITABLE);
    for (Kind kind : Kind.values()) {
      fields.add(kind.key());
    }
    return Set.copyOf(fields);
  }

  private static Set<String> writable() {
    Set<String> fields = new LinkedHashSet<>(List.of("name", "barcode", "is_food"));
    for (Kind kind : Kind.values()) {
      fields.add(kind.idField());
    }
    fields.addAll(List.of("nutri_facts", "ingredients", "package_size", "package_size_unit",
        "image_url", "score", "edible_yield"));
    return Set.copyOf(fields);
  }
}
