package catalog.infra.db;

import catalog.domain.product.ProductFields;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Up to a fixed number of valid rows, held as COPY text until they are written together. No two rows
 * of a batch share a live key (barcode and source): a repeat is refused when added, and reported when the
 * batch is written ({@link ImportStaging}), once it is known whether the row it repeats went in.
 */
final class ImportBatch {
  private final int capacity;
  private final StringBuilder text = new StringBuilder(1 << 20);
  private final Map<Key, Long> lines = new HashMap<>();
  private final List<Repeat> repeats = new ArrayList<>();
  private int rows;

  ImportBatch(int capacity) {
    this.capacity = capacity;
  }

  /**
   * Adds the row, or returns the line of the row of this batch with the same key (and adds nothing but
   * the repeat, which the batch's writer reports).
   */
  long add(long line, UUID id, ProductFields fields) {
    if (fields.barcode() != null) {
      Long earlier = lines.putIfAbsent(new Key(fields.barcode(), fields.source()), line);
      if (earlier != null) {
        repeats.add(new Repeat(line, earlier));
        return earlier;
      }
    }
    List<Object> values = new ArrayList<>(ProductRows.FIELD_COUNT + 2);
    values.add(line);
    values.add(id);
    values.addAll(ProductRows.values(fields));
    CopyText.appendRow(text, values);
    rows++;
    return -1;
  }

  boolean full() {
    return rows >= capacity;
  }

  boolean isEmpty() {
    return rows == 0;
  }

  int rows() {
    return rows;
  }

  byte[] bytes() {
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The rows refused as repeats of a row of this batch. */
  List<Repeat> repeats() {
    return repeats;
  }

  void clear() {
    text.setLength(0);
    lines.clear();
    repeats.clear();
    rows = 0;
  }

  /** The row on {@code line} repeats the key of the row of this batch on {@code first}. */
  record Repeat(long line, long first) {}

  private record Key(String barcode, UUID source) {}
}
