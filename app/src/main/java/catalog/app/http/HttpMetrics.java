package catalog.app.http;

import io.javalin.config.JavalinState;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import io.javalin.router.ParsedEndpoint;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Times every request as {@code http_server_requests_seconds}, by method, route template (never
 * the raw path, so ids do not make series), status and outcome, with histogram buckets for
 * Prometheus percentiles. Requests that match no route share one {@value #UNMATCHED} template, and
 * methods other than HTTP's own one {@value #OTHER_METHOD} method: any client may send any token as a
 * method, and each one made a series of its own that stayed (88 lines of the scrape each).
 */
final class HttpMetrics {
  static final String UNMATCHED = "unmatched";
  static final String OTHER_METHOD = "OTHER";
  private static final Set<String> METHODS =
      Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "CONNECT");

  private final MeterRegistry registry;
  private final JavalinState javalin;

  HttpMetrics(MeterRegistry registry, JavalinState javalin) {
    this.registry = registry;
    this.javalin = javalin;
  }

  /** Javalin's request logger: called once per request when its response is complete. */
  void record(Context ctx, Float millis) {
    record(method(ctx.method().name()), route(ctx), ctx.statusCode(), (long) (millis * 1_000_000.0));
  }

  /**
   * A request Jetty answered itself, before Javalin (JettyProblems): a path it will not decode, a URI or
   * headers too large. It matched no route; {@code method} is null when the request line was not read.
   */
  void recordRefused(String method, int status, long nanos) {
    record(method == null ? OTHER_METHOD : method(method), UNMATCHED, status, nanos);
  }

  private void record(String method, String uri, int status, long nanos) {
    Timer.builder("http.server.requests")
        .description("HTTP requests by method, route template and status")
        .tag("method", method)
        .tag("uri", uri)
        .tag("status", Integer.toString(status))
        .tag("outcome", outcome(status))
        .publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofNanos(100_000))
        .maximumExpectedValue(Duration.ofSeconds(30))
        .register(registry)
        .record(nanos, TimeUnit.NANOSECONDS);
  }

  /**
   * The template of the route that served the request. A request refused by a before-handler (401
   * on a write, say) never reached its endpoint, so the router is asked which one it would have. The
   * dashboard's static files have no route: a file it served counts as {@code /dashboard}, and a miss
   * under it stays {@code unmatched} with the other 404s. A method the path has no route for (a 405)
   * counts under the template of the path's route for another method, a path's own name first.
   */
  String route(Context ctx) {
    Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
    if (endpoint == null) {
      ParsedEndpoint would = javalin.internalRouter.findFirstHttpHandlerEntry(ctx.method(), ctx.path());
      endpoint = would == null ? null : would.endpoint;
    }
    if (endpoint != null) {
      // A path that a route names literally is that route's, though a parameter route matches it too
      // (GET /v1/products/import is a 405 of /v1/products/import, not a request for the product "import").
      String named = ctx.statusCode() >= 400 && endpoint.path.indexOf('{') >= 0
          ? RoutePaths.named(javalin, ctx.path()) : null;
      return named != null ? named : endpoint.path;
    }
    for (HandlerType other : HandlerType.commonHttp()) {
      // The path has a route for another method (a 405, or a write refused before that): its template.
      ParsedEndpoint route = javalin.internalRouter.findFirstHttpHandlerEntry(other, ctx.path());
      if (route != null) {
        return route.endpoint.path;
      }
    }
    return ctx.statusCode() < 400 && Dashboard.serves(ctx.path()) ? Dashboard.PATH : UNMATCHED;
  }

  static String method(String name) {
    return METHODS.contains(name) ? name : OTHER_METHOD;
  }

  private static String outcome(int status) {
    return switch (status / 100) {
      case 1 -> "INFORMATIONAL";
      case 2 -> "SUCCESS";
      case 3 -> "REDIRECTION";
      case 4 -> "CLIENT_ERROR";
      case 5 -> "SERVER_ERROR";
      default -> "UNKNOWN";
    };
  }
}
