package catalog.app.importing;

import catalog.app.json.ProductJson;
import catalog.domain.importing.ImportRows;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;

/** Opens an import input of either format as rows, read as they are needed. */
public final class ImportInputs {
  /** The longest row (an NDJSON line or a CSV record) an import reads; the same bound as one JSON body. */
  public static final int MAX_ROW_BYTES = 1024 * 1024;

  private final ObjectMapper mapper;
  private final RowReader reader;

  public ImportInputs(ObjectMapper mapper) {
    this.mapper = mapper;
    this.reader = new RowReader(new ProductJson(mapper));
  }

  /**
   * The rows of {@code in}. A CSV header is read at once, so a bad one is an {@link UnreadableInput}
   * before any row is.
   */
  public ImportRows open(ImportFormat format, InputStream in) {
    return switch (format) {
      case NDJSON -> new NdjsonRows(in, mapper, reader);
      case CSV -> CsvRows.open(in, mapper, reader);
    };
  }
}
