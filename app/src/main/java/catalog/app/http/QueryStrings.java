package catalog.app.http;

import catalog.domain.FieldError;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a raw query string, as percent-encoded UTF-8, before anything else does. Javalin decodes a
 * malformed parameter leniently: {@code ?calories_lte=%ZZ} reached the list as a key with no value (a 500),
 * {@code ?%ZZ=1} vanished without a word, and a NUL ({@code %00}) went on to PostgreSQL, which refuses it in
 * text (another 500). And it decodes the query string in the charset the request's {@code Content-Type}
 * names, which belongs to the body: {@code charset} without a value made every handler that read a
 * parameter fail (a 500), an unknown one dropped every parameter (an unfiltered list, without a word), and
 * {@code charset=latin1} misread every non-ASCII value. So each parameter must be percent-encoded UTF-8
 * without NUL, otherwise the request is a 400 naming it, and the handlers read the parameters decoded
 * here ({@link #params}), never Javalin's.
 */
final class QueryStrings {
  private static final String PARAMS = QueryStrings.class.getName() + ".params";

  private QueryStrings() {}

  /**
   * Checks the request's query string and keeps its parameters for {@link #params}: a 400 listing every
   * parameter that fails.
   */
  static void check(Context ctx) {
    ctx.attribute(PARAMS, parse(ctx.queryString()));
  }

  /**
   * The request's query parameters, each name with its values in the order given ({@code ?a} and
   * {@code ?a=} give {@code a} one empty value); a 400 if the query string fails {@link #check}.
   */
  static Map<String, List<String>> params(Context ctx) {
    Map<String, List<String>> params = ctx.attribute(PARAMS);
    if (params == null) {
      params = parse(ctx.queryString());
      ctx.attribute(PARAMS, params);
    }
    return params;
  }

  /** The parameters of {@code raw}; a 400 listing every parameter that is not percent-encoded UTF-8. */
  static Map<String, List<String>> parse(String raw) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return Collections.unmodifiableMap(params);
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
      if (key.isEmpty()) {
        if (eq >= 0 && eq < pair.length() - 1) {
          // "?a=1&" or "?=" name nothing and are ignored; "?=x" sends a value that no parameter would read.
          errors.add(new FieldError(pair, "is a value with no parameter name"));
        }
        continue;
      }
      try {
        String value = eq < 0 ? "" : decoded(pair.substring(eq + 1));
        params.computeIfAbsent(key, k -> new ArrayList<>(1)).add(value);
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError(key, e.getMessage()));
      }
    }
    if (!errors.isEmpty()) {
      throw HttpProblem.badRequest(errors);
    }
    params.replaceAll((key, values) -> List.copyOf(values));
    return Collections.unmodifiableMap(params);
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
