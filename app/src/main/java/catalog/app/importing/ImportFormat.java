package catalog.app.importing;

import catalog.app.json.MediaTypes;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The two bulk formats: one JSON object a line, or CSV with a header row. */
public enum ImportFormat {
  NDJSON("ndjson", "application/x-ndjson", List.of(".ndjson", ".jsonl")),
  CSV("csv", "text/csv", List.of(".csv"));

  private final String key;
  private final String mediaType;
  private final List<String> extensions;

  ImportFormat(String key, String mediaType, List<String> extensions) {
    this.key = key;
    this.mediaType = mediaType;
    this.extensions = extensions;
  }

  /** As on the command line ({@code --format ndjson}). */
  public String key() {
    return key;
  }

  public String mediaType() {
    return mediaType;
  }

  /**
   * The format of a {@code Content-Type} header value; none when it names a charset other than UTF-8,
   * the only one the import reads (read as UTF-8, a Latin-1 file would fail on its first accent).
   */
  public static Optional<ImportFormat> fromContentType(String contentType) {
    if (contentType == null) {
      return Optional.empty();
    }
    if (!MediaTypes.charsetIsUtf8(contentType)) {
      return Optional.empty();
    }
    String media = MediaTypes.of(contentType);
    return Arrays.stream(values()).filter(f -> f.mediaType.equals(media)).findFirst();
  }

  /** The format a file name's extension says ({@code .ndjson}, {@code .jsonl}, {@code .csv}). */
  public static Optional<ImportFormat> fromFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> f.extensions.stream().anyMatch(lower::endsWith)).findFirst();
  }

  public static Optional<ImportFormat> fromKey(String key) {
    return Arrays.stream(values()).filter(f -> f.key.equalsIgnoreCase(key)).findFirst();
  }

  public static String mediaTypes() {
    return String.join(" or ", Arrays.stream(values()).map(ImportFormat::mediaType).toList()) + ", in UTF-8";
  }
}
