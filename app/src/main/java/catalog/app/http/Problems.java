package catalog.app.http;

import catalog.app.importing.UnreadableInput;
import catalog.app.json.ImportReportJson;
import catalog.domain.ConcurrentUpdate;
import catalog.domain.FieldError;
import catalog.domain.Conflict;
import catalog.domain.InvalidInput;
import catalog.domain.NotFound;
import catalog.domain.StaleVersion;
import catalog.infra.db.DatabaseUnavailable;
import catalog.infra.db.SearchUnavailable;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one table from exceptions to problem+json responses. Handlers never catch. */
final class Problems {
  private static final Logger LOG = LoggerFactory.getLogger(Problems.class);
  static final String RETRY_AFTER_SECONDS = "1";

  private final ObjectMapper mapper;

  Problems(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  void register(RoutesConfig routes) {
    routes.exception(HttpProblem.class, (e, ctx) -> {
      e.headers().forEach(ctx::header);
      send(ctx, Problem.of(slug(e.status()), e.title(), e.status(), e.getMessage(), e.errors()));
    });
    routes.exception(UnreadableInput.class, (e, ctx) ->
        send(ctx, Problem.of("bad-request", "Bad Request", 400,
            e.where() + ": " + e.getMessage() + "; the import stopped and kept nothing",
            List.of(new FieldError(e.where(), e.getMessage())))));
    routes.exception(ImportRejected.class, (e, ctx) -> {
      ObjectNode problem = mapper.valueToTree(
          Problem.of("import-rejected", "Unprocessable Content", 422, e.getMessage(), List.of()));
      send(ctx, 422, ImportReportJson.write(e.report(), problem));
    });
    routes.exception(InvalidInput.class, (e, ctx) ->
        send(ctx, Problem.of("invalid-input", "Unprocessable Content", 422, e.getMessage(), e.errors())));
    routes.exception(NotFound.class, (e, ctx) ->
        send(ctx, Problem.of("not-found", "Not Found", 404, e.getMessage(), List.of())));
    routes.exception(Conflict.class, (e, ctx) ->
        send(ctx, Problem.of("conflict", "Conflict", 409, e.getMessage(), e.errors())));
    routes.exception(StaleVersion.class, (e, ctx) -> {
      if (e.refused()) {
        send(ctx, Problem.of("stale-version", "Precondition Failed", 412,
            e.getMessage() + " (If-None-Match)", List.of()));
      } else if (ctx.header("If-Match") != null) {
        send(ctx, Problem.of("stale-version", "Precondition Failed", 412,
            e.getMessage() + "; fetch it again and retry with its current ETag", List.of()));
      } else {
        send(ctx, Problem.of("concurrent-change", "Conflict", 409,
            e.getMessage() + ": it changed while this request ran; retry", List.of()));
      }
    });
    routes.exception(ConcurrentUpdate.class, (e, ctx) -> unavailable(ctx,
        "the change kept colliding with concurrent transactions; retry shortly"));
    routes.exception(DatabaseUnavailable.class, (e, ctx) -> unavailable(ctx, switch (e.reason()) {
      case ACQUIRE_TIMEOUT -> "all database connections are busy; retry shortly";
      case OVERLOADED -> "too many requests are already waiting for a database connection; retry shortly";
      case STATEMENT_TIMEOUT -> "the database did not answer in time; retry shortly";
      case CONNECT_FAILED -> "the database is not reachable; retry shortly";
    }));
    routes.exception(SearchUnavailable.class, (e, ctx) ->
        send(ctx, Problem.of("search-unavailable", "Service Unavailable", 503, e.getMessage(), List.of())));
    routes.exception(HttpResponseException.class, (e, ctx) ->
        send(ctx, Problem.of(slug(e.getStatus()), title(e.getStatus()), e.getStatus(), e.getMessage(), List.of())));
    routes.exception(Exception.class, (e, ctx) -> {
      String id = UUID.randomUUID().toString();
      LOG.error("unhandled error {} on {} {}", id, ctx.method(), ctx.path(), e);
      send(ctx, Problem.of("internal", "Internal Server Error", 500,
          "unexpected error " + id + "; it is logged under this id", List.of()));
    });
    routes.error(404, ctx -> {
      if (!Problem.CONTENT_TYPE.equals(ctx.res().getContentType())) {
        send(ctx, Problem.of("not-found", "Not Found", 404, "no route for " + ctx.method() + " " + ctx.path(),
            List.of()));
      }
    });
    routes.error(405, ctx -> {
      if (!Problem.CONTENT_TYPE.equals(ctx.res().getContentType())) {
        send(ctx, Problem.of("method-not-allowed", "Method Not Allowed", 405,
            ctx.method() + " is not allowed on " + ctx.path(), List.of()));
      }
    });
  }

  /** A 405 for a path whose routes take only {@code allowed}, which the {@code Allow} header lists. */
  void methodNotAllowed(Context ctx, List<String> allowed) {
    ctx.header("Allow", String.join(", ", allowed));
    send(ctx, Problem.of("method-not-allowed", "Method Not Allowed", 405,
        ctx.method().name() + " is not allowed on " + ctx.path() + "; it takes " + String.join(", ", allowed),
        List.of()));
  }

  private void unavailable(Context ctx, String detail) {
    ctx.header("Retry-After", RETRY_AFTER_SECONDS);
    send(ctx, Problem.of("unavailable", "Service Unavailable", 503, detail, List.of()));
  }

  private void send(Context ctx, Problem problem) {
    send(ctx, problem.status(), problem);
  }

  private void send(Context ctx, int status, Object problem) {
    try {
      ctx.status(status);
      ctx.contentType(Problem.CONTENT_TYPE);
      ctx.result(mapper.writeValueAsBytes(problem));
    } catch (Exception e) {
      throw new IllegalStateException("cannot write a problem", e);
    }
  }

  static String slug(int status) {
    return switch (status) {
      case 400 -> "bad-request";
      case 401 -> "unauthorized";
      case 403 -> "forbidden";
      case 404 -> "not-found";
      case 405 -> "method-not-allowed";
      case 412 -> "stale-version";
      case 413 -> "too-large";
      case 415 -> "unsupported-media-type";
      default -> "http-" + status;
    };
  }

  static String title(int status) {
    io.javalin.http.HttpStatus known = io.javalin.http.HttpStatus.forStatus(status);
    return known == io.javalin.http.HttpStatus.UNKNOWN ? "HTTP " + status : known.getMessage();
  }

}
