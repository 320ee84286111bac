package catalog.infra.db;

import java.util.List;
import java.util.UUID;

/** Writes rows in PostgreSQL's COPY text format: tab-separated, {@code \N} for null, backslash escapes. */
final class CopyText {
  private CopyText() {}

  static void appendRow(StringBuilder out, List<?> values) {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append('\t');
      }
      appendValue(out, values.get(i));
    }
    out.append('\n');
  }

  static void appendValue(StringBuilder out, Object value) {
    switch (value) {
      case null -> out.append("\\N");
      case String s -> appendText(out, s);
      case Boolean b -> out.append(b ? 't' : 'f');
      case Double d -> {
        if (!Double.isFinite(d)) {
          throw new IllegalArgumentException("COPY values must be finite, got " + d);
        }
        out.append(d.doubleValue());
      }
      case Long l -> out.append(l.longValue());
      case UUID u -> out.append(u);
      default -> throw new IllegalArgumentException("no COPY text form for " + value.getClass().getName());
    }
  }

  private static void appendText(StringBuilder out, String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(c);
      }
    }
  }
}
