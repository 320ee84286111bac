package catalog.app.http;

import io.javalin.http.Context;
import java.security.MessageDigest;
import java.util.regex.Pattern;

/**
 * Admin endpoints need {@code Authorization: Bearer <CATALOG_ADMIN_TOKEN>}: none or a malformed one is
 * 401, another token 403. Tokens are compared as SHA-256 digests in constant time, so neither their
 * content nor their length leaks through timing.
 */
final class AdminAuth {
  /** RFC 6750 {@code b64token}. */
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9\\-._~+/]+=*");

  private final byte[] digest;

  AdminAuth(String adminToken) {
    this.digest = ApiKeys.sha256(adminToken);
  }

  void check(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null) {
      throw HttpProblem.unauthorized("admin endpoints need an Authorization: Bearer <admin token> header");
    }
    String token = BearerAuth.bearer(header);
    if (token == null || !TOKEN.matcher(token).matches()) {
      throw HttpProblem.unauthorized("the Authorization header is not of the form Bearer <admin token>");
    }
    if (!MessageDigest.isEqual(digest, ApiKeys.sha256(token))) {
      throw HttpProblem.forbidden("the bearer token is not the admin token");
    }
  }
}
