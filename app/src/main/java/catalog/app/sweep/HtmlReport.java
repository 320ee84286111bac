package catalog.app.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** {@code report.html}: one self-contained page (inline style, charts as PNG data URIs) with the report's content. */
final class HtmlReport {
  private static final String STYLE = """
      body{font-family:system-ui,-apple-system,"DejaVu Sans",sans-serif;margin:2rem auto;max-width:1100px;\
      padding:0 1rem;color:#222;line-height:1.45}
      table{border-collapse:collapse;margin:.5rem 0 1.5rem;font-size:.9rem}
      th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:right;vertical-align:top}
      th{background:#f3f3f3} td:last-child{text-align:left}
      .partial{background:#fff3cd;border:1px solid #e0b400;padding:.75rem 1rem;font-weight:bold}
      .answer{font-size:1.15rem;background:#eef6ee;border-left:4px solid #2ca02c;padding:.5rem 1rem}
      img{max-width:100%;border:1px solid #eee;margin:.5rem 0}
      """;

  private HtmlReport() {}

  static String render(SweepResult r, Path dir, Map<String, String> charts) {
    StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
    h.append("<title>Pool-size sweep: ").append(esc(r.workload())).append("</title><style>").append(STYLE)
        .append("</style></head><body>\n");
    h.append("<h1>Pool-size sweep: ").append(esc(r.workload())).append(" workload</h1>\n");
    r.failure().ifPresent(f -> h.append("<p class=\"partial\">PARTIAL RESULT: the sweep stopped early: ")
        .append(esc(f)).append("<br>Only the trials that finished are below; nothing here is a full answer.</p>\n"));
    h.append("<ul>");
    Reports.header(r).forEach(line -> h.append("<li>").append(esc(line)).append("</li>"));
    h.append("</ul>\n<h2>Recommendation</h2>\n<p>Rule: ").append(esc(PoolRule.TEXT))
        .append(", judged at each client count on the medians of the trials, with ")
        .append(esc(r.plan().ruleP99().description())).append(" as the p99 (").append(esc(Reports.BASIS))
        .append("); points that failed more than 1 % of their requests take no part.</p>\n");
    Reports.overall(r).ifPresent(line -> h.append("<p class=\"answer\">").append(esc(line)).append("</p>\n"));
    table(h, ReportTables.recommendations(r));
    if (!charts.isEmpty()) {
      h.append("<h2>Charts</h2>\n");
      charts.forEach((file, title) -> h.append("<figure><img alt=\"").append(esc(title)).append("\" src=\"data:image/png;base64,")
          .append(base64(dir.resolve(file))).append("\"><figcaption>").append(esc(title))
          .append("</figcaption></figure>\n"));
    }
    h.append("<h2>What the curve says</h2>\n");
    Narrative.curve(r).forEach(s -> h.append("<p>").append(esc(s)).append("</p>\n"));
    table(h, ReportTables.points(r));
    h.append("<h2>Little's law</h2>\n<p>").append(esc(Reports.LITTLE)).append("</p>\n");
    table(h, ReportTables.little(r));
    Table ceiling = ReportTables.ceiling(r);
    if (!ceiling.rows().isEmpty()) {
      h.append("<h2>pgbench ceiling</h2>\n<p>").append(esc(Reports.CEILING)).append("</p>\n");
      table(h, ceiling);
    }
    List<String> notes = Reports.notes(r);
    if (!notes.isEmpty()) {
      h.append("<h2>Notes</h2>\n<ul>");
      notes.forEach(n -> h.append("<li>").append(esc(n)).append("</li>"));
      h.append("</ul>\n");
    }
    h.append("<p><small>Charts rendered with JFreeChart (LGPL 2.1). Data: trials.csv, summary.csv.</small></p>\n");
    return h.append("</body></html>\n").toString();
  }

  private static void table(StringBuilder h, Table t) {
    h.append("<h3>").append(esc(t.title())).append("</h3>\n<table><tr>");
    t.headers().forEach(c -> h.append("<th>").append(esc(c)).append("</th>"));
    h.append("</tr>\n");
    for (List<String> row : t.rows()) {
      h.append("<tr>");
      row.forEach(c -> h.append("<td>").append(esc(c).replaceAll("\\*\\*(.+?)\\*\\*", "<strong>$1</strong>"))
          .append("</td>"));
      h.append("</tr>\n");
    }
    h.append("</table>\n");
  }

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static String base64(Path png) {
    try {
      return Base64.getEncoder().encodeToString(Files.readAllBytes(png));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + png, e);
    }
  }
}
