package catalog.domain.product;

import catalog.domain.Check;
import catalog.domain.InvalidInput;
import catalog.domain.classification.Kind;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What a caller may write about a product, validated as a whole: every rule of the model that does
 * not need the store holds once an instance exists.
 */
public record ProductFields(
    String name,
    String barcode,
    boolean isFood,
    Map<Kind, UUID> classifications,
    NutriFacts nutriFacts,
    String ingredients,
    PackageSize packageSize,
    String imageUrl,
    Score score,
    Double edibleYield) {

  public static final int NAME_MAX = 200;
  public static final int INGREDIENTS_MAX = 10_000;
  public static final int IMAGE_URL_MAX = 2048;
  public static final int BARCODE_MAX = 50;
  /** Kind's constants, read by index rather than through entry objects (see {@link NutriFacts}). */
  private static final Kind[] KINDS = Kind.values();

  public ProductFields {
    name = Check.text("name", name, NAME_MAX);
    if (barcode != null && barcode.isBlank()) {
      barcode = null;
    }
    if (barcode != null) {
      barcode = barcode.strip();
      if (!isBarcode(barcode)) {
        throw new InvalidInput("barcode",
            "must be 1 to 50 letters, digits, '.', '_' or '-', starting with a letter or digit");
      }
    }
    EnumMap<Kind, UUID> refs = new EnumMap<>(Kind.class);
    Map<Kind, UUID> given = Objects.requireNonNullElse(classifications, Map.<Kind, UUID>of());
    for (Kind kind : KINDS) {
      UUID id = given.get(kind);
      if (id != null) {
        refs.put(kind, id);
      }
    }
    if (!refs.containsKey(Kind.SOURCE)) {
      throw new InvalidInput(Kind.SOURCE.idField(), "is required");
    }
    classifications = Collections.unmodifiableMap(refs);
    nutriFacts = Objects.requireNonNullElse(nutriFacts, NutriFacts.NONE);
    ingredients = Check.optionalText("ingredients", ingredients, INGREDIENTS_MAX);
    imageUrl = imageUrl == null ? null : checkImageUrl(imageUrl);
    if (edibleYield != null && !(edibleYield > 0 && edibleYield <= 1)) {
      throw new InvalidInput("edible_yield", "must be above 0 and at most 1 (it is the edible fraction)");
    }
  }

  public UUID source() {
    return classifications.get(Kind.SOURCE);
  }

  public Optional<UUID> classification(Kind kind) {
    return Optional.ofNullable(classifications.get(kind));
  }

  /**
   * 1 to 50 ASCII letters, digits, '.', '_' or '-', starting with a letter or digit. A loop, not a regex:
   * every product a page reads is built through here, and the matchers were 29 % of what a list
   * request allocated (JFR).
   */
  private static boolean isBarcode(String s) {
    if (s.isEmpty() || s.length() > BARCODE_MAX || !isAsciiLetterOrDigit(s.charAt(0))) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isAsciiLetterOrDigit(c) && c != '.' && c != '_' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static String checkImageUrl(String url) {
    String trimmed = Check.text("image_url", url, IMAGE_URL_MAX);
    try {
      URI uri = new URI(trimmed);
      String scheme = uri.getScheme();
      if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
          || uri.getHost() == null) {
        throw new InvalidInput("image_url", "must be an absolute http or https URL");
      }
      if (uri.getPort() > 65535) {
        throw new InvalidInput("image_url", "has a port past 65535");
      }
    } catch (URISyntaxException e) {
      throw new InvalidInput("image_url", "is not a valid URL");
    }
    return trimmed;
  }
}
