package catalog.app.http;

import catalog.domain.FieldError;
import java.util.List;
import java.util.Map;

/** A request the HTTP layer itself refuses (unreadable, unauthenticated, too large ...), with its status. */
public final class HttpProblem extends RuntimeException {
  private final int status;
  private final String title;
  private final List<FieldError> errors;
  private final Map<String, String> headers;

  public HttpProblem(int status, String title, String detail, List<FieldError> errors, Map<String, String> headers) {
    super(detail);
    this.status = status;
    this.title = title;
    this.errors = List.copyOf(errors);
    this.headers = Map.copyOf(headers);
  }

  public static HttpProblem badRequest(String field, String message) {
    return badRequest(List.of(new FieldError(field, message)));
  }

  public static HttpProblem badRequest(List<FieldError> errors) {
    String detail = errors.size() == 1
        ? errors.get(0).field() + ": " + errors.get(0).message()
        : "the request has " + errors.size() + " problems";
    return new HttpProblem(400, "Bad Request", detail, errors, Map.of());
  }

  public static HttpProblem unauthorized(String detail) {
    return new HttpProblem(401, "Unauthorized", detail, List.of(), Map.of("WWW-Authenticate", "Bearer"));
  }

  public static HttpProblem forbidden(String detail) {
    return new HttpProblem(403, "Forbidden", detail, List.of(), Map.of());
  }

  public static HttpProblem preconditionFailed(String detail) {
    return new HttpProblem(412, "Precondition Failed", detail, List.of(), Map.of());
  }

  public static HttpProblem payloadTooLarge(long limit) {
    return new HttpProblem(413, "Content Too Large", "the request body is larger than " + limit + " bytes",
        List.of(), Map.of());
  }

  public static HttpProblem unsupportedMediaType(String given, String expected) {
    return new HttpProblem(415, "Unsupported Media Type",
        "Content-Type " + (given == null ? "(none)" : given) + " is not accepted here; send " + expected,
        List.of(), Map.of());
  }

  public static HttpProblem unsupportedContentEncoding(String given) {
    return new HttpProblem(415, "Unsupported Media Type",
        "Content-Encoding " + given + " is not accepted here; send the body uncompressed", List.of(), Map.of());
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  public List<FieldError> errors() {
    return errors;
  }

  public Map<String, String> headers() {
    return headers;
  }
}
