package catalog.app.http;

import catalog.app.graph.RequestComponent;
import catalog.app.metrics.Metrics;
import catalog.app.metrics.PoolStats;
import catalog.domain.classification.ClassificationCommands;
import catalog.domain.importing.ProductImport;
import catalog.domain.product.ProductCommands;
import catalog.domain.work.Transactions;
import catalog.infra.config.CatalogConfig;
import catalog.infra.config.HttpSettings;
import catalog.infra.db.Database;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.MethodNotAllowedResponse;
import io.javalin.json.JavalinJackson;
import io.javalin.util.JavalinBindException;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;

/** The Javalin server: virtual-thread handlers, bearer auth on writes, one problem+json table, request metrics. */
@Singleton
public final class HttpServer {
  static final int ACCEPT_QUEUE = 1024;
  /**
   * How long a stop (SIGTERM) lets requests under way finish: a request's statements end within the
   * statement timeout (5 s by default), and Docker kills a container 10 s after its stop signal.
   */
  static final Duration STOP_TIMEOUT = Duration.ofSeconds(8);
  /** How long a stop leaves an idle connection open: long enough for an answer under way to be sent. */
  static final long SHUTDOWN_IDLE_TIMEOUT_MS = 100;

  private final Javalin app;

  @Inject
  HttpServer(CatalogConfig config, Database database, ObjectMapper mapper, ApiKeys apiKeys,
      RequestComponent.Factory scopes, ProductCommands productCommands,
      ClassificationCommands classificationCommands, Transactions transactions, Metrics metrics,
      PoolStats poolStats, ProductImport productImport) {
    Requests requests = new Requests(scopes);
    Bodies bodies = new Bodies(mapper);
    BearerAuth auth = new BearerAuth(apiKeys);
    Problems problems = new Problems(mapper);
    Cursors cursors = new Cursors(mapper, database.cursorKey());
    ProductRoutes products = new ProductRoutes(requests, bodies, mapper, cursors, productCommands, transactions);
    ClassificationRoutes classifications = new ClassificationRoutes(requests, bodies, mapper,
        classificationCommands, transactions);
    ImportRoutes imports = new ImportRoutes(productImport, mapper);
    HealthRoutes health = new HealthRoutes(database);
    MetricsRoutes metricsRoutes = new MetricsRoutes(metrics);
    var admin = config.auth().adminToken()
        .map(token -> new AdminRoutes(database, poolStats, bodies, new AdminAuth(token)));
    this.app = Javalin.create(cfg -> {
      HttpMetrics httpMetrics = new HttpMetrics(metrics.registry(), cfg.unsafe);
      cfg.concurrency.useVirtualThreads = true;
      cfg.startup.showJavalinBanner = false;
      cfg.jetty.addConnector((server, httpConfig) -> connector(server, httpConfig, config));
      cfg.http.maxRequestSize = Bodies.MAX_JSON_BYTES;
      // A path that has routes, asked with a method it has none for, is a 405 with an Allow header
      // (RFC 9110, 15.5.6), not a 404 that says the endpoint does not exist.
      cfg.http.prefer405over404 = true;
      cfg.routes.exception(MethodNotAllowedResponse.class,
          (e, ctx) -> problems.methodNotAllowed(ctx, RoutePaths.allowed(cfg.unsafe, ctx.path())));
      cfg.jsonMapper(new JavalinJackson(mapper, true));
      cfg.jetty.modifyServer(server -> {
        server.setErrorHandler(new JettyProblems(mapper, httpMetrics));
        // Javalin puts its handler inside this one. On stop the connectors take no new connections, and
        // requests under way get STOP_TIMEOUT to finish; without it their connections were cut at once.
        server.setHandler(new GracefulHandler());
        server.setStopTimeout(STOP_TIMEOUT.toMillis());
      });
      cfg.requestLogger.http(httpMetrics::record);
      cfg.routes.before("/v1/*", auth::check);
      cfg.routes.beforeMatched(ctx -> RoutePaths.refuseParametersOnNamedPaths(cfg.unsafe, ctx));
      cfg.routes.beforeMatched(QueryStrings::check);
      problems.register(cfg.routes);
      health.register(cfg.routes);
      metricsRoutes.register(cfg.routes);
      admin.ifPresent(routes -> routes.register(cfg.routes));
      imports.register(cfg.routes);
      products.register(cfg.routes);
      classifications.register(cfg.routes);
      Dashboard.register(cfg);
    });
  }

  /**
   * The listening connector. Jetty's default accept queue is the JVM's backlog of 50: a burst of new
   * connections (a load test opening hundreds at once) overflows it and the kernel drops SYNs, which
   * shows as one-second stalls. A deeper queue lets the pool, not the socket, be what a test measures.
   */
  private static ServerConnector connector(Server server, HttpConfiguration httpConfig, CatalogConfig config) {
    ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(httpConfig));
    connector.setHost(config.http().host());
    connector.setPort(config.http().port());
    connector.setAcceptQueueSize(ACCEPT_QUEUE);
    // On stop an idle keep-alive connection has no request to finish: Jetty's default waited 1 s for each.
    connector.setShutdownIdleTimeout(SHUTDOWN_IDLE_TIMEOUT_MS);
    return connector;
  }

  /**
   * Binds the listen address and lets it go, so that a port in use or an address not of this machine stops a
   * start before it migrates the database and loads the sample, not after them. Jetty binds again when it
   * starts; a process taking the port in between still fails there, with the same message. Port 0 (any free
   * one) needs no check.
   */
  public static void checkCanListen(HttpSettings http) {
    if (http.port() == 0) {
      return;
    }
    try (ServerSocket probe = new ServerSocket()) {
      probe.setReuseAddress(true); // as Jetty's connector: a port left in TIME_WAIT is free
      probe.bind(new InetSocketAddress(http.host(), http.port()));
    } catch (IOException e) {
      throw new JavalinBindException("cannot listen on " + http.host() + ":" + http.port(), e);
    }
  }

  /** Starts listening; returns the bound port (useful when the configured port is 0). */
  public int start() {
    app.start();
    return app.port();
  }

  public void stop() {
    app.stop();
  }

  public int port() {
    return app.port();
  }
}
