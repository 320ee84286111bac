package catalog.app;

import catalog.app.graph.CatalogComponent;
import catalog.app.http.ConnectionLimits;
import catalog.app.http.HttpServer;
import catalog.app.sample.SampleCatalog;
import catalog.infra.config.CatalogConfig;
import catalog.infra.db.Migrations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Migrates, optionally loads the sample catalog, and serves HTTP until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Start the HTTP service (the default command). Configured by environment variables; see README.")
final class ServeCommand implements Runnable {
  private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

  @Option(names = "--create-database", description = "Create the configured database first when it is missing.")
  boolean createDatabase;

  @Override
  public void run() {
    CatalogConfig config = CatalogConfig.fromEnvironment();
    Running running = start(config, createDatabase);
    Runtime.getRuntime().addShutdownHook(new Thread(running::stop, "catalog-shutdown"));
  }

  /** Everything a start does, also used by tests that run the service in-process. */
  static Running start(CatalogConfig config, boolean createDatabase) {
    HttpServer.checkCanListen(config.http());
    if (createDatabase) {
      Migrations.createDatabaseIfMissing(config.database());
    }
    Migrations.migrate(config.database());
    CatalogComponent graph = CatalogComponent.create(config);
    if (!graph.database().hasTrigramSearch()) {
      LOG.warn("similarity search is off (it answers 503): pg_trgm is not installed in this database, or it was"
          + " installed later and this role may not add search's trigram column");
    }
    ConnectionLimits.pastTheLimit("DB_POOL_SIZE + DB_POOL_MAX_OVERFLOW", config.pool().size()
        + config.pool().maxOverflow(), graph.database().connectionLimit()).ifPresent(LOG::warn);
    if (config.sampleData()) {
      int loaded = graph.sampleCatalog().loadIfEmpty();
      if (loaded > 0) {
        LOG.info("loaded {} sample products (IFCT 2017, source '{}') into the empty catalog", loaded,
            SampleCatalog.SOURCE);
      }
    }
    graph.apiKeys().generated().ifPresent(key -> LOG.warn(
        "CATALOG_API_KEYS is unset: writes for this run need 'Authorization: Bearer {}' (shown once)", key));
    int port = graph.httpServer().start();
    String host = config.http().host();
    LOG.info("catalog listening on http://{}:{} (pool mode {}, size {}, max overflow {}, isolation {})",
        host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host, port, config.pool().mode().label(), config.pool().size(),
        config.pool().maxOverflow(), config.database().isolation().sql());
    return new Running(graph, port);
  }

  /** A started service. */
  record Running(CatalogComponent graph, int port) {
    void stop() {
      graph.httpServer().stop();
      graph.database().close();
      graph.metrics().close();
    }
  }
}
