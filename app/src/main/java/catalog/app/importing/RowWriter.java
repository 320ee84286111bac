package catalog.app.importing;

import catalog.app.json.ProductJson;
import catalog.domain.classification.Kind;
import catalog.domain.product.Nutrient;
import catalog.domain.product.ProductFields;
import catalog.domain.product.Score;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes products as import rows, with classifications by name: NDJSON lines, or CSV under a fixed
 * header. The output depends only on the rows given, so equal rows give equal bytes.
 */
public final class RowWriter implements AutoCloseable {
  /** The CSV header this writer uses: every column an import reads, classifications by name. */
  public static final List<String> CSV_HEADER = csvHeader();

  private final ImportFormat format;
  private final ObjectMapper mapper;
  private final ProductJson json;
  private final Writer out;
  private final CSVPrinter csv;

  public RowWriter(ImportFormat format, OutputStream out, ObjectMapper mapper) {
    this.format = format;
    this.mapper = mapper;
    this.json = new ProductJson(mapper);
    this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    try {
      this.csv = format == ImportFormat.CSV
          ? CSVFormat.RFC4180.builder().setRecordSeparator('\n').get().print(this.out) : null;
      if (csv != null) {
        csv.printRecord(CSV_HEADER);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes one product; {@code names} holds its classifications' names by kind (source at least). */
  public void write(ProductFields fields, Map<Kind, String> names) {
    try {
      if (format == ImportFormat.CSV) {
        csv.printRecord(csvValues(fields, names));
      } else {
        out.write(mapper.writeValueAsString(ndjson(fields, names)));
        out.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ObjectNode ndjson(ProductFields fields, Map<Kind, String> names) {
    ObjectNode writable = json.writable(fields);
    ObjectNode row = mapper.createObjectNode();
    row.set("name", writable.get("name"));
    row.set("barcode", writable.get("barcode"));
    row.set("is_food", writable.get("is_food"));
    for (Kind kind : Kind.values()) {
      writable.remove(kind.idField());
      if (names.get(kind) != null) {
        row.put(kind.key(), names.get(kind));
      }
    }
    writable.properties().forEach(e -> row.set(e.getKey(), e.getValue()));
    return row;
  }

  private static List<String> csvValues(ProductFields f, Map<Kind, String> names) {
    List<String> values = new ArrayList<>(CSV_HEADER.size());
    values.add(f.name());
    values.add(f.barcode());
    values.add(Boolean.toString(f.isFood()));
    for (Kind kind : Kind.values()) {
      values.add(names.get(kind));
    }
    for (Nutrient nutrient : Nutrient.values()) {
      values.add(number(f.nutriFacts().values().get(nutrient)));
    }
    values.add(f.ingredients());
    values.add(f.packageSize() == null ? null : number(f.packageSize().amount()));
    values.add(f.packageSize() == null ? null : f.packageSize().unit().symbol());
    values.add(f.imageUrl());
    Score score = f.score();
    values.add(score == null ? null : number(score.overall()));
    values.add(score == null ? null : number(score.ingredients()));
    values.add(score == null ? null : number(score.nutrients()));
    values.add(number(f.edibleYield()));
    return values;
  }

  private static String number(Double value) {
    return value == null ? null : value.toString();
  }

  private static List<String> csvHeader() {
    List<String> header = new ArrayList<>(List.of("name", "barcode", "is_food"));
    for (Kind kind : Kind.values()) {
      header.add(kind.key());
    }
    for (Nutrient nutrient : Nutrient.values()) {
      header.add(nutrient.key());
    }
    header.addAll(List.of("ingredients", "package_size", "package_size_unit", "image_url",
        "score_final", "score_ingredients", "score_nutrients", "edible_yield"));
    return List.copyOf(header);
  }
}
