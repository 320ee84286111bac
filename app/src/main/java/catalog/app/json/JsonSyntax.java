package catalog.app.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;

/** How a JSON syntax error reads in a problem: Jackson's message, and where, when Jackson knows. */
public final class JsonSyntax {
  private JsonSyntax() {}

  /**
   * "is not valid JSON: ..." with the line and column (or only the column, for one-line input). Jackson
   * gives no location for a broken processing limit (nesting over 1,000 levels, a number of 1,000 digits
   * or more): then the message stands alone.
   */
  public static String describe(JsonProcessingException e, boolean withLine) {
    StringBuilder out = new StringBuilder("is not valid JSON: ").append(e.getOriginalMessage());
    JsonLocation at = e.getLocation();
    if (at != null && at != JsonLocation.NA) {
      out.append(withLine ? " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"
          : " (column " + at.getColumnNr() + ")");
    }
    return out.toString();
  }
}
