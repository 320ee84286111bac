package catalog.app.http;

import catalog.app.json.JsonSyntax;
import catalog.app.json.MediaTypes;
import catalog.domain.FieldError;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;

/** Reads JSON request bodies: content type checked, size bounded, syntax and shape errors as 400. */
final class Bodies {
  static final int MAX_JSON_BYTES = 1024 * 1024;

  private final ObjectMapper mapper;

  Bodies(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** The body as a JSON object, given one of the accepted media types. */
  ObjectNode object(Context ctx, Set<String> mediaTypes) {
    String contentType = ctx.header("Content-Type");
    String media = MediaTypes.of(contentType);
    if (media == null || !mediaTypes.contains(media) || !MediaTypes.charsetIsUtf8(contentType)) {
      throw HttpProblem.unsupportedMediaType(contentType, String.join(" or ", mediaTypes) + ", in UTF-8");
    }
    refuseContentEncoding(ctx);
    byte[] body = read(ctx);
    if (JsonSyntax.notUtf8(body, 0, body.length)) {
      throw HttpProblem.badRequest("body", JsonSyntax.NOT_UTF8);
    }
    JsonNode node;
    try {
      node = mapper.readTree(body);
    } catch (JsonProcessingException e) {
      throw HttpProblem.badRequest(List.of(new FieldError("body", JsonSyntax.describe(e, true))));
    } catch (IOException e) {
      throw HttpProblem.badRequest("body", "could not be read");
    }
    if (node == null || node.isMissingNode()) {
      throw HttpProblem.badRequest("body", "is empty; send a JSON object");
    }
    if (!(node instanceof ObjectNode object)) {
      throw HttpProblem.badRequest("body", "must be a JSON object");
    }
    return object;
  }

  /**
   * A 415 unless the body comes as it is: no {@code Content-Encoding}, or only {@code identity}, on every
   * one of its header lines (a proxy may add a line of its own after the client's).
   */
  static void refuseContentEncoding(Context ctx) {
    for (Enumeration<String> lines = ctx.req().getHeaders("Content-Encoding"); lines.hasMoreElements(); ) {
      String encoding = lines.nextElement();
      if (encoding != null && !encoding.isBlank() && !encoding.strip().equalsIgnoreCase("identity")) {
        throw HttpProblem.unsupportedContentEncoding(encoding);
      }
    }
  }

  private static byte[] read(Context ctx) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > MAX_JSON_BYTES) {
      throw HttpProblem.payloadTooLarge(MAX_JSON_BYTES);
    }
    try (InputStream in = ctx.req().getInputStream()) {
      byte[] body = in.readNBytes(MAX_JSON_BYTES + 1);
      if (body.length > MAX_JSON_BYTES) {
        throw HttpProblem.payloadTooLarge(MAX_JSON_BYTES);
      }
      return body;
    } catch (IOException e) {
      throw HttpProblem.badRequest("body", "could not be read");
    }
  }
}
