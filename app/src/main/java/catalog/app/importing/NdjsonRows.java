package catalog.app.importing;

import catalog.app.json.JsonSyntax;
import catalog.domain.importing.ClassificationIds;
import catalog.domain.importing.ImportRow;
import catalog.domain.importing.ImportRows;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;

/** Rows of an NDJSON input: one product object a line; blank lines are skipped but counted. */
final class NdjsonRows implements ImportRows {
  private final ByteLines lines;
  private final ObjectMapper mapper;
  private final RowReader reader;

  NdjsonRows(InputStream in, ObjectMapper mapper, RowReader reader) {
    this.lines = new ByteLines(in, ImportInputs.MAX_ROW_BYTES);
    this.mapper = mapper;
    this.reader = reader;
  }

  @Override
  public ImportRow next(ClassificationIds names) {
    try {
      while (lines.next()) {
        if (lines.isBlank()) {
          continue;
        }
        long line = lines.number();
        if (lines.tooLong()) {
          return new ImportRow.Invalid(line, "row: is longer than " + ImportInputs.MAX_ROW_BYTES + " bytes");
        }
        if (JsonSyntax.notUtf8(lines.bytes(), 0, lines.length())) {
          return new ImportRow.Invalid(line, "row: " + JsonSyntax.NOT_UTF8);
        }
        JsonNode node;
        try {
          node = mapper.readTree(lines.bytes(), 0, lines.length());
        } catch (JsonProcessingException e) {
          return new ImportRow.Invalid(line, "row: " + JsonSyntax.describe(e, false));
        }
        if (!(node instanceof ObjectNode object)) {
          return new ImportRow.Invalid(line, "row: must be a JSON object");
        }
        return reader.read(line, object, names);
      }
      return null;
    } catch (IOException e) {
      throw new UnreadableInput("line " + (lines.number() + 1), "could not be read: " + e.getMessage(), e);
    }
  }
}
