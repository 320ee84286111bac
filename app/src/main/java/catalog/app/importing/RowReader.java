package catalog.app.importing;

import catalog.app.http.HttpProblem;
import catalog.app.json.ProductJson;
import catalog.domain.FieldError;
import catalog.domain.InvalidInput;
import catalog.domain.importing.ClassificationIds;
import catalog.domain.importing.ImportRow;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns one row, as a JSON object of the import shape, into an {@link ImportRow}: the same reading
 * and rules as {@code POST /v1/products}, but a broken row becomes a failed row, not an error.
 */
final class RowReader {
  private final ProductJson json;

  RowReader(ProductJson json) {
    this.json = json;
  }

  ImportRow read(long line, ObjectNode row, ClassificationIds names) {
    try {
      return new ImportRow.Valid(line, json.readRow(row, names));
    } catch (HttpProblem e) {
      return new ImportRow.Invalid(line, e.errors().isEmpty() ? e.getMessage() : detail(e.errors()));
    } catch (InvalidInput e) {
      return new ImportRow.Invalid(line, detail(e.errors()));
    }
  }

  static String detail(List<FieldError> errors) {
    return errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
  }
}
