package catalog.app.json;

import catalog.domain.importing.ImportReport;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** An import report as JSON: {@code inserted}, {@code failed}, {@code errors} [{line, detail}], {@code errors_truncated}. */
public final class ImportReportJson {
  private ImportReportJson() {}

  /** Adds the report's members to {@code out} (a report body, or a problem that carries one). */
  public static ObjectNode write(ImportReport report, ObjectNode out) {
    out.put("inserted", report.inserted());
    out.put("failed", report.failed());
    ArrayNode errors = out.putArray("errors");
    report.errors().forEach(e -> errors.addObject().put("line", e.line()).put("detail", e.detail()));
    out.put("errors_truncated", report.errorsTruncated());
    return out;
  }
}
