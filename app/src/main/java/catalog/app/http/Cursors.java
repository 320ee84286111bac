package catalog.app.http;

import catalog.domain.listing.Field;
import catalog.domain.listing.Keyset;
import catalog.domain.listing.SortKey;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opaque, tamper-evident page cursors: the keyset plus a digest of the sort and filters it belongs to,
 * signed with HMAC-SHA256 under the catalog's key (V10: one per database, so a cursor outlives a restart
 * and is good on every instance). A forged, edited or foreign cursor (another sort or filter, another
 * catalog, or one from before the key was replaced) is a 400. The cursor holds the context's digest, not
 * the context: the next page's request repeats the filters anyway, and a cursor that spelt them out again
 * made that request about twice the first one's length, past what Jetty takes (414) for long filters.
 */
final class Cursors {
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
  private static final int MAC_BYTES = 16;

  private final ObjectMapper mapper;
  private final SecretKeySpec key;

  /** {@code secret}: the catalog's cursor key ({@code Database.cursorKey()}), shared by its instances. */
  Cursors(ObjectMapper mapper, byte[] secret) {
    this.mapper = mapper;
    this.key = new SecretKeySpec(secret, "HmacSHA256");
  }

  /** {@code context} names the sort and filters; a cursor only decodes under the same context. */
  String encode(Keyset keyset, List<SortKey> sort, String context) {
    ObjectNode payload = mapper.createObjectNode();
    payload.put("c", digest(context));
    ArrayNode values = payload.putArray("v");
    for (int i = 0; i < sort.size(); i++) {
      Object value = keyset.values().get(i);
      if (value == null) {
        values.addNull();
      } else {
        values.add(sort.get(i).field().format(value));
      }
    }
    payload.put("id", keyset.id().toString());
    byte[] body = payload.toString().getBytes(StandardCharsets.UTF_8);
    return ENCODER.encodeToString(body) + "." + ENCODER.encodeToString(mac(body));
  }

  Keyset decode(String cursor, List<SortKey> sort, String context) {
    int dot = cursor.indexOf('.');
    if (dot < 0) {
      throw invalid();
    }
    byte[] body;
    byte[] mac;
    try {
      body = canonical(cursor.substring(0, dot));
      mac = canonical(cursor.substring(dot + 1));
    } catch (IllegalArgumentException e) {
      throw invalid();
    }
    if (!MessageDigest.isEqual(mac, mac(body))) {
      throw invalid();
    }
    try {
      JsonNode payload = mapper.readTree(body);
      if (!digest(context).equals(payload.path("c").asText())) {
        throw HttpProblem.badRequest("cursor", "belongs to another sort or filter; start again without a cursor");
      }
      JsonNode values = payload.path("v");
      if (!values.isArray() || values.size() != sort.size()) {
        throw invalid();
      }
      List<Object> parsed = new ArrayList<>();
      for (int i = 0; i < sort.size(); i++) {
        Field field = sort.get(i).field();
        JsonNode value = values.get(i);
        parsed.add(value.isNull() && field.nullable() ? null : field.parse("cursor", value.asText()));
      }
      return new Keyset(parsed, UUID.fromString(payload.path("id").asText()));
    } catch (HttpProblem e) {
      throw e;
    } catch (Exception e) {
      throw invalid();
    }
  }

  /**
   * The bytes of one part of a cursor, which must be spelt as {@link #encode} spells them: the decoder
   * alone also takes padding and ignores the unused low bits of the last character, so several strings
   * would stand for one cursor.
   */
  private static byte[] canonical(String part) {
    byte[] bytes = DECODER.decode(part);
    if (!ENCODER.encodeToString(bytes).equals(part)) {
      throw new IllegalArgumentException("not the cursor's own spelling");
    }
    return bytes;
  }

  /** The context's SHA-256, cut to 128 bits: enough to tell one sort and filters from another. */
  private static String digest(String context) {
    try {
      byte[] sha = MessageDigest.getInstance("SHA-256").digest(context.getBytes(StandardCharsets.UTF_8));
      return ENCODER.encodeToString(Arrays.copyOf(sha, MAC_BYTES));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private byte[] mac(byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return Arrays.copyOf(mac.doFinal(body), MAC_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  private static HttpProblem invalid() {
    return HttpProblem.badRequest("cursor",
        "is not a cursor this catalog issued (or it was issued before its cursor key was replaced);"
            + " start again without a cursor");
  }
}
