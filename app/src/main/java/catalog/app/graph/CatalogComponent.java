package catalog.app.graph;

import catalog.app.http.ApiKeys;
import catalog.app.http.HttpServer;
import catalog.app.metrics.Metrics;
import catalog.app.sample.GeneratedCatalog;
import catalog.app.sample.SampleCatalog;
import catalog.infra.config.CatalogConfig;
import catalog.infra.db.Database;
import dagger.BindsInstance;
import dagger.Component;
import jakarta.inject.Singleton;

/** The service's object graph: one per process (or per test server). */
@Singleton
@Component(modules = CatalogModule.class)
public interface CatalogComponent {

  CatalogConfig config();

  ApiKeys apiKeys();

  Database database();

  Metrics metrics();

  HttpServer httpServer();

  SampleCatalog sampleCatalog();

  GeneratedCatalog generatedCatalog();

  RequestComponent.Factory requests();

  static CatalogComponent create(CatalogConfig config) {
    return DaggerCatalogComponent.factory().create(config);
  }

  /** Builds the graph from a config. */
  @Component.Factory
  interface Factory {
    CatalogComponent create(@BindsInstance CatalogConfig config);
  }
}
