package catalog.app.http;

import catalog.domain.importing.ImportReport;

/** An atomic import kept nothing because some rows failed; answered as 422 carrying the report. */
final class ImportRejected extends RuntimeException {
  private final ImportReport report;

  ImportRejected(ImportReport report) {
    super("the import is atomic and " + report.failed() + (report.failed() == 1 ? " row" : " rows")
        + " failed, so nothing was inserted");
    this.report = report;
  }

  ImportReport report() {
    return report;
  }
}
