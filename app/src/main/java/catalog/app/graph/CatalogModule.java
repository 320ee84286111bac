package catalog.app.graph;

import catalog.app.http.ApiKeys;
import catalog.app.metrics.Metrics;
import catalog.app.metrics.PoolGauges;
import catalog.app.metrics.PoolStats;
import catalog.app.metrics.UnitOfWorkMetrics;
import catalog.domain.classification.ClassificationCommands;
import catalog.domain.importing.ProductImport;
import catalog.domain.product.ProductCommands;
import catalog.domain.work.RetryPolicy;
import catalog.domain.work.Transactions;
import catalog.infra.config.CatalogConfig;
import catalog.infra.db.Database;
import catalog.infra.db.UnitOfWorkObserver;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Singletons of the service: database (observed by the metrics), JSON, use cases. */
@Module(subcomponents = RequestComponent.class)
public interface CatalogModule {

  @Provides
  @Singleton
  static Database database(CatalogConfig config, Metrics metrics, UnitOfWorkMetrics unitOfWorkMetrics,
      PoolStats poolStats) {
    Database database = Database.open(config.database(), config.pool(),
        UnitOfWorkObserver.all(unitOfWorkMetrics, poolStats), new MicrometerMetricsTrackerFactory(metrics.registry()));
    PoolGauges.bind(metrics, database);
    return database;
  }

  @Provides
  @Singleton
  static ObjectMapper objectMapper() {
    // A key given twice is refused where it is read (a 400 naming it, or the import row), not read as its
    // last value: {"size": 5, "size": 6} resized the pool to 6.
    // Buffers recycled through a shared pool, not a ThreadLocal: each request runs on a new virtual thread,
    // whose ThreadLocal starts empty, so Jackson's default pool allocated a new set of buffers per request
    // (jackson-core #919 and #1266).
    // A character past U+FFFF (an emoji, a rare CJK ideograph) is written as its four UTF-8 bytes, not as an
    // escaped surrogate pair ("\\ud83e\\udd6d"), which is also valid JSON but unreadable in a terminal.
    return new ObjectMapper(JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .recyclerPool(JsonRecyclerPools.newConcurrentDequePool()).build())
        .registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  @Provides
  @Singleton
  static Clock clock() {
    return Clock.systemUTC();
  }

  @Provides
  @Singleton
  static Transactions transactions(UnitOfWorkMetrics metrics) {
    return new Transactions(RetryPolicy.DEFAULT, Transactions.Sleeper.THREAD, metrics);
  }

  @Provides
  @Singleton
  static ProductCommands productCommands(Clock clock) {
    return new ProductCommands(clock);
  }

  @Provides
  @Singleton
  static ClassificationCommands classificationCommands(Clock clock) {
    return new ClassificationCommands(clock);
  }

  @Provides
  @Singleton
  static ProductImport productImport(Database database, Clock clock) {
    return database.productImport(clock);
  }

  @Provides
  @Singleton
  static ApiKeys apiKeys(CatalogConfig config) {
    return ApiKeys.from(config.auth());
  }
}
