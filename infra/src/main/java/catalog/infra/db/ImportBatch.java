package catalog.infra.db;

import catalog.domain.product.ProductFields;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Up to a fixed number of valid rows, held as COPY text until they are written together. */
final class ImportBatch {
  private final int capacity;
  private final StringBuilder text = new StringBuilder(1 << 20);
  private int rows;

  ImportBatch(int capacity) {
    this.capacity = capacity;
  }

  void add(long line, UUID id, ProductFields fields) {
    List<Object> values = new ArrayList<>(ProductRows.FIELD_COUNT + 2);
    values.add(line);
    values.add(id);
    values.addAll(ProductRows.values(fields));
    CopyText.appendRow(text, values);
    rows++;
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

  void clear() {
    text.setLength(0);
    rows = 0;
  }
}
