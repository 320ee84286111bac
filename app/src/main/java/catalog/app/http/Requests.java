package catalog.app.http;

import catalog.app.graph.RequestComponent;
import catalog.domain.Check;
import catalog.domain.Versions;
import catalog.domain.work.UnitOfWork;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Request plumbing shared by the routes: GET routes, the request scope, path ids, query keys and ETags. */
final class Requests {
  private final RequestComponent.Factory scopes;

  Requests(RequestComponent.Factory scopes) {
    this.scopes = scopes;
  }

  /**
   * A GET route, and HEAD on the same handler. Left to itself Javalin answers HEAD on a GET route with an
   * empty 200 without running the handler, so HEAD claimed a missing product, or a not-ready service,
   * was there. Run by its own route the handler decides the status and headers, and Jetty sends no body.
   */
  static void get(RoutesConfig routes, String path, Handler handler) {
    routes.get(path, handler);
    routes.head(path, handler);
  }

  /** A handler that works in the request's unit of work. */
  @FunctionalInterface
  interface ScopedHandler {
    void handle(Context ctx, UnitOfWork uow) throws Exception;
  }

  /**
   * Builds the request's scope and closes its unit of work when the handler ends, however it ends:
   * uncommitted work is rolled back and the connection is back in the pool before any error
   * response is written.
   */
  Handler scoped(ScopedHandler handler) {
    return ctx -> {
      UnitOfWork uow = scopes.create().unitOfWork();
      try {
        handler.handle(ctx, uow);
      } finally {
        uow.close();
      }
    };
  }

  static UUID id(Context ctx) {
    String raw = ctx.pathParam("id");
    if (!Check.isUuid(raw)) {
      throw HttpProblem.badRequest("id", "'" + raw + "' is not a UUID");
    }
    return UUID.fromString(raw);
  }

  /** Refuses any query parameter not in {@code allowed}. */
  static void onlyQueryKeys(Context ctx, Set<String> allowed) {
    for (String key : QueryStrings.params(ctx).keySet()) {
      if (!allowed.contains(key)) {
        throw HttpProblem.badRequest(key, "is not a known query parameter here"
            + (allowed.isEmpty() ? "; this endpoint takes none" : "; accepted: " + String.join(", ", allowed)));
      }
    }
  }

  static String etag(long version) {
    return "\"" + version + "\"";
  }

  /**
   * The versions an {@code If-Match} header allows (RFC 9110, 13.1.1): {@code *} or no header allows any;
   * otherwise a comma-separated list of entity tags (in one header or several), any of which may match.
   * Comparison is strong: a weak tag ({@code W/"3"}) matches nothing, and neither does {@code "03"}. A
   * header in which no tag could match any version is a 412 at once.
   */
  static Versions ifMatch(Context ctx) {
    List<String> headers = Collections.list(ctx.req().getHeaders("If-Match"));
    if (headers.isEmpty()) {
      return Versions.ANY;
    }
    String header = String.join(", ", headers).strip();
    if (header.equals("*")) {
      return Versions.ANY;
    }
    List<String> tags = EntityTags.parse(header);
    Set<Long> versions = new HashSet<>();
    for (String tag : tags) {
      Long version = tag.startsWith("W/") ? null : version(tag);
      if (version != null) {
        versions.add(version);
      }
    }
    if (!versions.isEmpty()) {
      return new Versions(versions);
    }
    boolean onlyWeak = !tags.isEmpty() && tags.stream().allMatch(tag -> tag.startsWith("W/"));
    throw HttpProblem.preconditionFailed(onlyWeak
        ? "If-Match needs a strong ETag such as \"3\", not " + header
        : "If-Match " + header + " matches no version of this resource");
  }

  /**
   * The versions a write's {@code If-Match} and {@code If-None-Match} headers allow (RFC 9110, 13.1.1 and
   * 13.1.2): those {@link #ifMatch} allows, less those If-None-Match names, or less every one for {@code *}
   * (the resource is there, so the write is refused). If-None-Match compares weakly: {@code W/"3"} refuses
   * version 3 as {@code "3"} does. A tag that is no version refuses none.
   */
  static Versions conditions(Context ctx) {
    Versions versions = ifMatch(ctx);
    List<String> headers = Collections.list(ctx.req().getHeaders("If-None-Match"));
    if (headers.isEmpty()) {
      return versions;
    }
    String header = String.join(", ", headers).strip();
    if (header.equals("*")) {
      return versions.exceptAll();
    }
    Set<Long> refused = new HashSet<>();
    for (String tag : EntityTags.parse(header)) {
      Long version = version(tag.startsWith("W/") ? tag.substring(2) : tag);
      if (version != null) {
        refused.add(version);
      }
    }
    return versions.except(refused);
  }

  /** The version of a strong tag such as {@code "3"}, or null when its text is not one an ETag of ours has. */
  private static Long version(String tag) {
    String version = tag.substring(1, tag.length() - 1);
    try {
      long parsed = Long.parseLong(version);
      // Strong comparison is of the exact text: "03", "+3" or other scripts' digits are not "3".
      return Long.toString(parsed).equals(version) ? parsed : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
