package catalog.app.http;

import catalog.domain.FieldError;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
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
    String media = contentType == null ? null : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (media == null || !mediaTypes.contains(media)) {
      throw HttpProblem.unsupportedMediaType(contentType, String.join(" or ", mediaTypes));
    }
    byte[] body = read(ctx);
    JsonNode node;
    try {
      node = mapper.readTree(body);
    } catch (JsonProcessingException e) {
      throw HttpProblem.badRequest(List.of(new FieldError("body", "is not valid JSON: "
          + e.getOriginalMessage() + " (line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr() + ")")));
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
