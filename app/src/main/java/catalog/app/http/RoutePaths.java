package catalog.app.http;

import io.javalin.config.JavalinState;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.MethodNotAllowedResponse;
import io.javalin.router.Endpoint;
import io.javalin.router.ParsedEndpoint;
import java.util.List;
import java.util.Objects;

/**
 * Which routes a path has. A path that routes name literally ({@code /v1/products/search}) is theirs
 * alone: {@code /v1/products/{id}} matches it too, but "search" is not an id, so a method only the
 * parameter route has (DELETE, PATCH) is a 405 there, as for any other path without that method.
 */
final class RoutePaths {
  private RoutePaths() {}

  /** The methods {@code path} takes, as an {@code Allow} header lists them. */
  static List<String> allowed(JavalinState javalin, String path) {
    List<Endpoint> endpoints = endpoints(javalin, path);
    boolean named = endpoints.stream().anyMatch(RoutePaths::literal);
    return endpoints.stream().filter(e -> !named || literal(e)).map(e -> e.method.name()).toList();
  }

  /** Before a parameter route handles a path that routes name literally: a 405. */
  static void refuseParametersOnNamedPaths(JavalinState javalin, Context ctx) {
    Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
    if (matched != null && !literal(matched) && endpoints(javalin, ctx.path()).stream().anyMatch(RoutePaths::literal)) {
      throw new MethodNotAllowedResponse();
    }
  }

  /** The path of a route that names {@code path} literally ({@code /v1/products/search}), or null. */
  static String named(JavalinState javalin, String path) {
    return endpoints(javalin, path).stream().filter(RoutePaths::literal).map(e -> e.path).findFirst().orElse(null);
  }

  /** The first route of each method that matches {@code path}. */
  private static List<Endpoint> endpoints(JavalinState javalin, String path) {
    return HandlerType.commonHttp().stream()
        .map(type -> javalin.internalRouter.findFirstHttpHandlerEntry(type, path))
        .filter(Objects::nonNull)
        .map((ParsedEndpoint parsed) -> parsed.endpoint)
        .toList();
  }

  /** A route whose path has no parameter. */
  private static boolean literal(Endpoint endpoint) {
    return endpoint.path.indexOf('{') < 0 && endpoint.path.indexOf('<') < 0;
  }
}
