package catalog.app.sweep;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code report.md}: the recommendation and its rule, the charts, every table, Little's law and the notes. */
final class MarkdownReport {
  private MarkdownReport() {}

  static String render(SweepResult r, Map<String, String> charts) {
    StringBuilder md = new StringBuilder();
    md.append("# Pool-size sweep: ").append(r.workload()).append(" workload\n\n");
    r.failure().ifPresent(f -> md.append("> **PARTIAL RESULT**: the sweep stopped early: ").append(oneLine(f))
        .append("\n> Only the trials that finished are below; nothing here is a full answer.\n\n"));
    for (String line : Reports.header(r)) {
      md.append("- ").append(line).append('\n');
    }
    md.append("\n## Recommendation\n\n");
    md.append("Rule: ").append(PoolRule.TEXT).append(", judged at each client count on the medians of the trials, ")
        .append("with ").append(r.plan().ruleP99().description()).append(" as the p99 (").append(Reports.BASIS)
        .append("); points that failed more than 1 % of their requests take no part.\n\n");
    Reports.overall(r).ifPresent(line -> md.append("**").append(line).append("**\n\n"));
    table(md, ReportTables.recommendations(r));
    if (!charts.isEmpty()) {
      md.append("## Charts\n\n");
      charts.forEach((file, title) -> md.append("![").append(title).append("](").append(file).append(")\n\n"));
    }
    md.append("## What the curve says\n\n");
    for (String s : Narrative.curve(r)) {
      md.append(s).append("\n\n");
    }
    table(md, ReportTables.points(r));
    md.append("## Little's law\n\n").append(Reports.LITTLE).append("\n\n");
    table(md, ReportTables.little(r));
    Table ceiling = ReportTables.ceiling(r);
    if (!ceiling.rows().isEmpty()) {
      md.append("## pgbench ceiling\n\n").append(Reports.CEILING).append("\n\n");
      table(md, ceiling);
    }
    List<String> notes = Reports.notes(r);
    if (!notes.isEmpty()) {
      md.append("## Notes\n\n");
      notes.forEach(n -> md.append("- ").append(oneLine(n)).append('\n'));
      md.append('\n');
    }
    md.append("## Files\n\n`trials.csv` (one row per trial), `summary.csv` (medians per point), `report.html` "
        + "(this report with the charts inside)");
    charts.keySet().forEach(f -> md.append(", `").append(f).append('`'));
    md.append(".\n");
    return md.toString();
  }

  private static void table(StringBuilder md, Table t) {
    md.append("### ").append(t.title()).append("\n\n");
    md.append("| ").append(String.join(" | ", t.headers())).append(" |\n");
    md.append("|").append(" --- |".repeat(t.headers().size())).append('\n');
    for (List<String> row : t.rows()) {
      md.append("| ").append(String.join(" | ", row.stream().map(c -> c.replace("|", "\\|")).toList())).append(" |\n");
    }
    md.append('\n');
  }

  static String oneLine(String s) {
    return s.replace('\n', ' ').strip();
  }

  static String pct(double ratio) {
    return String.format(Locale.ROOT, "%.0f %%", ratio * 100);
  }
}
