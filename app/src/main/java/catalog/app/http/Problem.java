package catalog.app.http;

import catalog.domain.FieldError;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem detail as sent to clients: {@code errors} is always there, empty when the problem
 * is not about particular fields, so that clients read one shape whatever the status.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail,
    @JsonInclude(JsonInclude.Include.ALWAYS) List<FieldError> errors) {
  public static final String CONTENT_TYPE = "application/problem+json";

  public static Problem of(String slug, String title, int status, String detail, List<FieldError> errors) {
    return new Problem("urn:catalog:problem:" + slug, title, status, detail, errors);
  }
}
