package catalog.app.http;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Set;

/** Writes need {@code Authorization: Bearer <api key>}; reads are public. */
final class BearerAuth {
  private static final Set<HandlerType> WRITES = Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.PATCH,
      HandlerType.DELETE);

  private final ApiKeys keys;

  BearerAuth(ApiKeys keys) {
    this.keys = keys;
  }

  void check(Context ctx) {
    if (!WRITES.contains(ctx.method())) {
      return;
    }
    String token = bearer(ctx.header("Authorization"));
    if (token == null) {
      throw HttpProblem.unauthorized("writes need an Authorization: Bearer <api key> header");
    }
    if (!keys.allows(token)) {
      throw HttpProblem.unauthorized("the bearer token is not a valid API key");
    }
  }

  static String bearer(String header) {
    if (header == null || header.length() < 8 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    String token = header.substring(7).strip();
    return token.isEmpty() ? null : token;
  }
}
