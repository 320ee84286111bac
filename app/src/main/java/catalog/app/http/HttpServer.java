package catalog.app.http;

import catalog.app.graph.RequestComponent;
import catalog.domain.classification.ClassificationCommands;
import catalog.domain.importing.ProductImport;
import catalog.domain.product.ProductCommands;
import catalog.domain.work.Transactions;
import catalog.infra.config.CatalogConfig;
import catalog.infra.db.Database;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** The Javalin server: virtual-thread handlers, bearer auth on writes, one problem+json table. */
@Singleton
public final class HttpServer {
  private final Javalin app;

  @Inject
  HttpServer(CatalogConfig config, Database database, ObjectMapper mapper, ApiKeys apiKeys,
      RequestComponent.Factory scopes, ProductCommands productCommands,
      ClassificationCommands classificationCommands, Transactions transactions, ProductImport productImport) {
    Requests requests = new Requests(scopes);
    Bodies bodies = new Bodies(mapper);
    BearerAuth auth = new BearerAuth(apiKeys);
    Problems problems = new Problems(mapper);
    ProductRoutes products = new ProductRoutes(requests, bodies, mapper, new Cursors(mapper), productCommands,
        transactions);
    ClassificationRoutes classifications = new ClassificationRoutes(requests, bodies, mapper,
        classificationCommands, transactions);
    ImportRoutes imports = new ImportRoutes(productImport, mapper);
    HealthRoutes health = new HealthRoutes(database);
    this.app = Javalin.create(cfg -> {
      cfg.concurrency.useVirtualThreads = true;
      cfg.startup.showJavalinBanner = false;
      cfg.jetty.host = config.http().host();
      cfg.jetty.port = config.http().port();
      cfg.http.maxRequestSize = Bodies.MAX_JSON_BYTES;
      cfg.jsonMapper(new JavalinJackson(mapper, true));
      cfg.routes.before("/v1/*", auth::check);
      problems.register(cfg.routes);
      health.register(cfg.routes);
      imports.register(cfg.routes);
      products.register(cfg.routes);
      classifications.register(cfg.routes);
    });
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
