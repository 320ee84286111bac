package catalog.app.json;

import catalog.domain.Check;
import catalog.domain.FieldError;
import catalog.domain.InvalidInput;
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
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** Products as JSON: the writable shape clients send, and the response shape of the contract. */
public final class ProductJson {
  /** Fields a client may write. */
  public static final Set<String> WRITABLE = writable();
  /** Fields an import row may give: the writable ones, and each classification by name. */
  public static final Set<String> IMPORTABLE = importable();
  private static final Set<String> QUANTITY = Set.of("value", "unit");
  private static final Set<String> SCORE = Set.of("final", "ingredients", "nutrients");

  /** Classifications kept encoded at most ({@link EncodedClassifications}). */
  static final int MAX_KEPT = 20_000;

  private final ObjectMapper mapper;
  private final EncodedClassifications classifications = new EncodedClassifications();

  public ProductJson(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** Reads the writable shape; shape errors are a 400 listing all of them, model rules a 422. */
  public ProductFields read(ObjectNode body) {
    return read(body, WRITABLE, null);
  }

  /**
   * Checks the keys of a merge patch against the writable shape before it is applied. Applied, a null
   * under a key the shape does not have removes nothing and would be dropped without a word
   * ({@code {"nutri_facts": {"bogus": null}}}); so an unknown field is a 400 and an unknown nutrient a 422,
   * as in a whole body, whatever its value.
   */
  public void checkPatchKeys(ObjectNode patch) {
    JsonFields in = JsonFields.of(patch, WRITABLE);
    if (patch.get("score") instanceof ObjectNode) {
      in.nested("score", SCORE);
    }
    List<FieldError> unknownNutrients = new ArrayList<>();
    if (patch.get("nutri_facts") instanceof ObjectNode facts) {
      List<String> keys = new ArrayList<>();
      facts.fieldNames().forEachRemaining(keys::add);
      JsonFields nested = in.nested("nutri_facts", Set.copyOf(keys));
      for (String key : keys) {
        if (Nutrient.fromKey(key).isEmpty()) {
          unknownNutrients.add(NutriFacts.unknown(key));
        } else if (facts.get(key) instanceof ObjectNode) {
          nested.nested(key, QUANTITY);
        }
      }
    }
    in.done();
    if (!unknownNutrients.isEmpty()) {
      throw new InvalidInput(unknownNutrients);
    }
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
   * thing the service writes. Field names and units are written from {@link Names}, encoded once; the
   * classifications as {@link EncodedClassifications} keeps them; doubles and instants through
   * {@link JsonText}, as {@code Double.toString} and {@code Instant.toString} write them.
   */
  public void write(JsonGenerator g, ProductView v, Double similarity) throws IOException {
    ProductFields f = v.fields();
    char[] scratch = new char[JsonText.MAX_LENGTH];
    g.writeStartObject();
    text(g, Names.ID, v.id().toString());
    text(g, Names.NAME, f.name());
    text(g, Names.BARCODE, f.barcode());
    g.writeFieldName(Names.IS_FOOD);
    g.writeBoolean(f.isFood());
    for (Kind kind : Names.ALL_KINDS) {
      ClassificationRef ref = v.classification(kind);
      g.writeFieldName(Names.KIND[kind.ordinal()]);
      if (ref == null) {
        g.writeNull();
      } else {
        g.writeRawValue(classifications.encoded(ref));
      }
    }
    g.writeFieldName(Names.NUTRI_FACTS);
    g.writeStartObject();
    Map<Nutrient, Double> facts = f.nutriFacts().values();
    for (Nutrient nutrient : Names.ALL_NUTRIENTS) {
      Double value = facts.get(nutrient);
      if (value == null) {
        continue;
      }
      g.writeFieldName(Names.NUTRIENT[nutrient.ordinal()]);
      g.writeStartObject();
      number(g, Names.VALUE, value, scratch);
      g.writeFieldName(Names.UNIT);
      g.writeString(Names.NUTRIENT_UNIT[nutrient.ordinal()]);
      g.writeEndObject();
    }
    g.writeEndObject();
    text(g, Names.INGREDIENTS, f.ingredients());
    PackageSize size = f.packageSize();
    number(g, Names.PACKAGE_SIZE, size == null ? null : size.amount(), scratch);
    text(g, Names.PACKAGE_SIZE_UNIT, size == null ? null : size.unit().symbol());
    text(g, Names.IMAGE_URL, f.imageUrl());
    Score score = f.score();
    g.writeFieldName(Names.SCORE);
    if (score == null) {
      g.writeNull();
    } else {
      g.writeStartObject();
      number(g, Names.FINAL, score.overall(), scratch);
      number(g, Names.INGREDIENTS, score.ingredients(), scratch);
      number(g, Names.NUTRIENTS, score.nutrients(), scratch);
      g.writeEndObject();
    }
    number(g, Names.EDIBLE_YIELD, f.edibleYield(), scratch);
    instant(g, Names.CREATED_AT, v.createdAt(), scratch);
    instant(g, Names.UPDATED_AT, v.updatedAt(), scratch);
    g.writeFieldName(Names.VERSION);
    g.writeNumber(v.version());
    g.writeFieldName(Names.DISCARDED);
    g.writeBoolean(v.discarded());
    if (similarity != null) {
      number(g, Names.SIMILARITY, similarity, scratch);
    }
    g.writeEndObject();
  }

  /** A string field; null is written as null. */
  private static void text(JsonGenerator g, SerializedString name, String value) throws IOException {
    g.writeFieldName(name);
    g.writeString(value);
  }

  /** A number field, as {@code writeNumber(double)} writes it; null is written as null. */
  private static void number(JsonGenerator g, SerializedString name, Double value, char[] scratch)
      throws IOException {
    g.writeFieldName(name);
    if (value == null) {
      g.writeNull();
      return;
    }
    int length = JsonText.decimal(value, scratch);
    if (length < 0) {
      g.writeNumber(value);
    } else {
      g.writeNumber(scratch, 0, length);
    }
  }

  /** An instant field, as its {@code toString()}. */
  private static void instant(JsonGenerator g, SerializedString name, Instant value, char[] scratch)
      throws IOException {
    g.writeFieldName(name);
    int length = JsonText.instant(value, scratch);
    if (length < 0) {
      g.writeString(value.toString());
    } else {
      g.writeString(scratch, 0, length);
    }
  }

  /**
   * Each classification's JSON object, {@code {"id":...,"name":...}}, encoded once and written as it is: a
   * page names six on each of its products, and most of them are the same few. Kept by id, with the name it
   * was encoded with: a renamed classification is encoded again. Past {@link #MAX_KEPT} entries, all are
   * dropped and learned again.
   */
  private final class EncodedClassifications {
    private record Encoded(String name, SerializedString json) {}

    private final Map<UUID, Encoded> kept = new ConcurrentHashMap<>();

    SerializedString encoded(ClassificationRef ref) throws IOException {
      Encoded known = kept.get(ref.id());
      if (known != null && known.name().equals(ref.name())) {
        return known.json();
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(96);
      try (JsonGenerator g = mapper.createGenerator(bytes)) {
        g.writeStartObject();
        text(g, Names.ID, ref.id().toString());
        text(g, Names.NAME, ref.name());
        g.writeEndObject();
      }
      SerializedString json = new SerializedString(bytes.toString(StandardCharsets.UTF_8));
      if (kept.size() >= MAX_KEPT) {
        kept.clear();
      }
      kept.put(ref.id(), new Encoded(ref.name(), json));
      return json;
    }
  }

  /**
   * The response shape's field names and nutrient units, each quoted and encoded once; and the kinds and
   * nutrients in their order, which {@link #write} walks with {@code get} (an EnumMap's entries are
   * allocated one by one as they are iterated, and a page writes about a thousand of them). Arrays by
   * ordinal, not maps: a map's {@code get} was 3 % of writing a page.
   */
  private static final class Names {
    static final Kind[] ALL_KINDS = Kind.values();
    static final Nutrient[] ALL_NUTRIENTS = Nutrient.values();
    static final SerializedString ID = new SerializedString("id");
    static final SerializedString NAME = new SerializedString("name");
    static final SerializedString BARCODE = new SerializedString("barcode");
    static final SerializedString IS_FOOD = new SerializedString("is_food");
    static final SerializedString NUTRI_FACTS = new SerializedString("nutri_facts");
    static final SerializedString VALUE = new SerializedString("value");
    static final SerializedString UNIT = new SerializedString("unit");
    static final SerializedString INGREDIENTS = new SerializedString("ingredients");
    static final SerializedString PACKAGE_SIZE = new SerializedString("package_size");
    static final SerializedString PACKAGE_SIZE_UNIT = new SerializedString("package_size_unit");
    static final SerializedString IMAGE_URL = new SerializedString("image_url");
    static final SerializedString SCORE = new SerializedString("score");
    static final SerializedString FINAL = new SerializedString("final");
    static final SerializedString NUTRIENTS = new SerializedString("nutrients");
    static final SerializedString EDIBLE_YIELD = new SerializedString("edible_yield");
    static final SerializedString CREATED_AT = new SerializedString("created_at");
    static final SerializedString UPDATED_AT = new SerializedString("updated_at");
    static final SerializedString VERSION = new SerializedString("version");
    static final SerializedString DISCARDED = new SerializedString("discarded");
    static final SerializedString SIMILARITY = new SerializedString("similarity");
    /** By the enum's ordinal. */
    static final SerializedString[] KIND = serialized(ALL_KINDS, Kind::key);
    static final SerializedString[] NUTRIENT = serialized(ALL_NUTRIENTS, Nutrient::key);
    static final SerializedString[] NUTRIENT_UNIT = serialized(ALL_NUTRIENTS, n -> n.unit().symbol());

    private Names() {}

    private static <E extends Enum<E>> SerializedString[] serialized(E[] values, Function<E, String> text) {
      SerializedString[] out = new SerializedString[values.length];
      for (E e : values) {
        out[e.ordinal()] = new SerializedString(text.apply(e));
      }
      return out;
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
