package catalog.app.http;

import catalog.domain.FieldError;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Checks a raw query string before anything reads it. Javalin decodes a malformed parameter leniently:
 * {@code ?calories_lte=%ZZ} reached the list as a key with no value (a 500), {@code ?%ZZ=1} vanished
 * without a word, and a NUL ({@code %00}) went on to PostgreSQL, which refuses it in text (another 500).
 * Each parameter must be percent-encoded UTF-8 without NUL; otherwise the request is a 400 naming it.
 */
final class QueryStrings {
  private QueryStrings() {}

  /** The request's query string, checked; a 400 listing every parameter that fails. */
  static void check(String raw) {
    if (raw == null || raw.isEmpty()) {
      return;
    }
    List<FieldError> errors = new ArrayList<>();
    for (String pair : raw.split("&", -1)) {
      int eq = pair.indexOf('=');
      String rawKey = eq < 0 ? pair : pair.substring(0, eq);
      String key;
      try {
        key = decoded(rawKey);
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError(rawKey, "the parameter's name " + e.getMessage()));
        continue;
      }
      if (key.isEmpty() && eq >= 0 && eq < pair.length() - 1) {
        // "?a=1&" or "?=" name nothing and are ignored; "?=x" sends a value that no parameter would read.
        errors.add(new FieldError(pair, "is a value with no parameter name"));
        continue;
      }
      String valueProblem = eq < 0 ? null : problem(pair.substring(eq + 1));
      if (valueProblem != null) {
        errors.add(new FieldError(key, valueProblem));
      }
    }
    if (!errors.isEmpty()) {
      throw HttpProblem.badRequest(errors);
    }
  }

  /** What is wrong with one percent-encoded name or value, or null. */
  static String problem(String encoded) {
    try {
      decoded(encoded);
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  /** The text a percent-encoded name or value stands for; the exception's message says what is wrong. */
  private static String decoded(String encoded) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes(encoded)))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("is not UTF-8 once percent-decoded");
    }
    if (text.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("must not contain the NUL character (%00)");
    }
    return text;
  }

  /** The bytes {@code encoded} stands for: %XX is a byte, '+' a space, any other character its UTF-8. */
  private static byte[] bytes(String encoded) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(encoded.length());
    for (int i = 0; i < encoded.length(); i++) {
      char c = encoded.charAt(i);
      if (c == '%') {
        if (i + 2 >= encoded.length() || !HexFormat.isHexDigit(encoded.charAt(i + 1))
            || !HexFormat.isHexDigit(encoded.charAt(i + 2))) {
          throw new IllegalArgumentException("has a '%' not followed by two hex digits: encode '%' itself as %25");
        }
        out.write(HexFormat.fromHexDigits(encoded, i + 1, i + 3));
        i += 2;
      } else if (c == '+') {
        out.write(' ');
      } else if (c == '\uFFFD') {
        // Jetty reads bytes sent unencoded as UTF-8, and puts U+FFFD where they are not: a value that
        // was not UTF-8 would be searched for as something else.
        throw new IllegalArgumentException("is not UTF-8 (a byte sent unencoded is not valid UTF-8)");
      } else {
        int end = Character.isHighSurrogate(c) && i + 1 < encoded.length() ? i + 2 : i + 1;
        out.writeBytes(encoded.substring(i, end).getBytes(StandardCharsets.UTF_8));
        i = end - 1;
      }
    }
    return out.toByteArray();
  }
}
