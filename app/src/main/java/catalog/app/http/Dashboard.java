package catalog.app.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import java.util.Map;

/**
 * {@code /dashboard}: a static page that polls {@code /admin/pool} from the browser and charts it. It
 * is served whether or not the admin API is on: it holds no data and no secret, and tells the user
 * when {@code /admin/pool} is off. The policy allows only this origin's scripts, styles and fetches.
 */
final class Dashboard {
  static final String PATH = "/dashboard";
  static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

  private Dashboard() {}

  /** Whether {@code path} is the dashboard's page or one of its files. */
  static boolean serves(String path) {
    return path.equals(PATH) || path.startsWith(PATH + "/");
  }

  static void register(JavalinConfig cfg) {
    cfg.staticFiles.add(files -> {
      files.hostedPath = PATH;
      files.directory = "/dashboard";
      files.location = Location.CLASSPATH;
      files.headers = Map.of(
          "Cache-Control", "no-cache",
          "Content-Security-Policy", CONTENT_SECURITY_POLICY,
          "X-Content-Type-Options", "nosniff",
          "Referrer-Policy", "no-referrer");
    });
  }
}
