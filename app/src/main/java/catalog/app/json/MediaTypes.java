package catalog.app.json;

import java.util.Locale;
import java.util.Set;

/** What a {@code Content-Type} header value says: its media type, and whether its charset is UTF-8. */
public final class MediaTypes {
  private static final Set<String> UTF_8_NAMES = Set.of("utf-8", "utf8");

  private MediaTypes() {}

  /** The media type, lower case and without parameters; null for no header. */
  public static String of(String contentType) {
    return contentType == null ? null : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
  }

  /**
   * Whether the body is UTF-8 as far as the header says: no {@code charset} parameter, or one naming
   * UTF-8 (quoted or not, in any letter case). Every body the service reads is read as UTF-8, so a
   * Latin-1 body would be misread, not refused, unless it is refused here.
   */
  public static boolean charsetIsUtf8(String contentType) {
    if (contentType == null) {
      return true;
    }
    String[] parts = contentType.split(";");
    for (int i = 1; i < parts.length; i++) {
      String[] param = parts[i].split("=", 2);
      if (!param[0].strip().equalsIgnoreCase("charset")) {
        continue;
      }
      String charset = param.length < 2 ? "" : param[1].strip().replace("\"", "").toLowerCase(Locale.ROOT);
      if (!UTF_8_NAMES.contains(charset)) {
        return false;
      }
    }
    return true;
  }
}
