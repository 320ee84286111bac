package catalog.app.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.util.List;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error responses as problem details. Some requests never reach Javalin: Jetty refuses a
 * path it cannot decode safely ({@code /v1/products/%00}), a URI or headers too large (414, 431). It
 * answered those with an HTML page; a client of this API gets the same problem+json as for any other
 * error, with the reason Jetty gives as the detail.
 */
final class JettyProblems extends ErrorHandler {
  private final ObjectMapper mapper;
  /** Counts them with the requests Javalin answers: they never reach its request logger. */
  private final HttpMetrics metrics;

  JettyProblems(ObjectMapper mapper, HttpMetrics metrics) {
    this.mapper = mapper;
    this.metrics = metrics;
  }

  /**
   * Jetty closes the connection after such a request, but said nothing of it: a client that sent its next
   * request on the same connection found it dead. {@code Connection: close} tells it.
   */
  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
      Callback callback) {
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);
    response.getHeaders().put(HttpHeader.CONNECTION, "close");
    metrics.recordRefused(request.getMethod(), code, Math.max(0, System.nanoTime() - request.getBeginNanoTime()));
    response.write(true, ByteBuffer.wrap(body(code, message)), callback);
  }

  /** Errors found while parsing the request, before there is a request to answer. */
  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);
    metrics.recordRefused(null, status, 0);
    return ByteBuffer.wrap(body(status, reason));
  }

  private byte[] body(int status, String reason) {
    String title = Problems.title(status);
    String detail = reason == null || reason.isBlank() || reason.equals(title) ? switch (status) {
      case 414 -> "the request URI is longer than this server accepts";
      case 431 -> "the request headers are larger than this server accepts";
      default -> "the request line or headers cannot be read";
    } : reason;
    try {
      return mapper.writeValueAsBytes(Problem.of(Problems.slug(status), title, status, detail, List.of()));
    } catch (Exception e) {
      throw new IllegalStateException("cannot write a problem", e);
    }
  }
}
