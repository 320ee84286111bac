package catalog.app.sweep;

import java.util.List;

/** A titled table of text cells, written as Markdown or HTML by the reports. */
record Table(String title, List<String> headers, List<List<String>> rows) {
  Table {
    headers = List.copyOf(headers);
    rows = rows.stream().map(List::copyOf).toList();
  }
}
