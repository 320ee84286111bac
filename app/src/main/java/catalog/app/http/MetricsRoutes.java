package catalog.app.http;

import catalog.app.metrics.Metrics;
import io.javalin.config.RoutesConfig;

/** {@code GET /metrics}: every meter in Prometheus text format, no authentication. */
final class MetricsRoutes {
  private final Metrics metrics;

  MetricsRoutes(Metrics metrics) {
    this.metrics = metrics;
  }

  void register(RoutesConfig routes) {
    Requests.get(routes, "/metrics", ctx -> ctx.contentType(Metrics.CONTENT_TYPE).result(metrics.scrape()));
  }
}
