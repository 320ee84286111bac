package catalog.app.http;

import java.util.ArrayList;
import java.util.List;

/** The entity tags of an {@code If-Match} or {@code If-None-Match} value (RFC 9110, 8.8.3). */
final class EntityTags {
  private EntityTags() {}

  /**
   * The tags of a comma-separated list, each as sent ({@code "3"} or {@code W/"3"}). A tag may hold a
   * comma, so the list is read quote by quote, not split. Whatever is not a tag (a bare {@code 3}, a
   * quote left open) ends the list: what came before it is kept, and a caller that finds no tag it can
   * match answers 412.
   */
  static List<String> parse(String header) {
    List<String> tags = new ArrayList<>();
    int i = 0;
    int n = header.length();
    while (i < n) {
      char c = header.charAt(i);
      if (c == ' ' || c == '\t' || c == ',') {
        i++;
        continue;
      }
      int start = i;
      if (header.startsWith("W/", i)) {
        i += 2;
      }
      if (i >= n || header.charAt(i) != '"') {
        break;
      }
      int close = header.indexOf('"', i + 1);
      if (close < 0) {
        break;
      }
      tags.add(header.substring(start, close + 1));
      i = close + 1;
    }
    return tags;
  }
}
