package catalog.app.walk;

import catalog.app.importing.ImportFormat;
import catalog.app.importing.RowWriter;
import catalog.app.sample.IfctTables;
import catalog.app.sample.ProductGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Threads that keep importing batches of generated products (scripts/gen-catalog's generator, seed
 * {@link #SEED}) until closed, so that the walks page through a catalog that grows under them. Product
 * indexes start at the catalog's size, which keeps barcodes apart from the generated catalog's (another
 * seed) and from earlier walks' (lower indexes).
 */
final class Adders implements AutoCloseable {
  static final long SEED = 977;

  private final ListClient http;
  private final String apiKey;
  private final int batch;
  private final long pauseNanos;
  private final ProductGenerator generator = new ProductGenerator(IfctTables.read(), SEED);
  private final ObjectMapper mapper;
  private final AtomicLong nextIndex;
  private final AtomicLong inserted = new AtomicLong();
  private final AtomicBoolean stop = new AtomicBoolean();
  private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
  private final List<Thread> threads = new ArrayList<>();

  private Adders(ListClient http, String apiKey, int count, int batch, double rate, long firstIndex,
      ObjectMapper mapper) {
    this.http = http;
    this.apiKey = apiKey;
    this.batch = batch;
    this.pauseNanos = (long) (count * batch / rate * 1e9);
    this.nextIndex = new AtomicLong(firstIndex);
    this.mapper = mapper;
  }

  /**
   * Starts {@code count} threads that import {@code rate} products a second between them, in batches of
   * {@code batch}; returns once a first batch is in.
   */
  static Adders start(ListClient http, String apiKey, int count, int batch, double rate, long firstIndex,
      ObjectMapper mapper) {
    Adders adders = new Adders(http, apiKey, count, batch, rate, firstIndex, mapper);
    adders.addBatch();
    for (int i = 0; i < count; i++) {
      adders.threads.add(Thread.ofVirtual().name("walk-adder-" + i).start(adders::run));
    }
    return adders;
  }

  long inserted() {
    return inserted.get();
  }

  private void run() {
    try {
      long next = System.nanoTime();
      while (!stop.get()) {
        addBatch();
        next += pauseNanos;
        long wait = next - System.nanoTime();
        if (wait > 0) {
          Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
      }
    } catch (RuntimeException e) {
      failure.compareAndSet(null, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void addBatch() {
    long first = nextIndex.getAndAdd(batch);
    ByteArrayOutputStream rows = new ByteArrayOutputStream();
    try (RowWriter writer = new RowWriter(ImportFormat.NDJSON, rows, mapper)) {
      for (long index = first; index < first + batch; index++) {
        ProductGenerator.Row row = generator.row(index);
        writer.write(row.fields(), row.names());
      }
    }
    inserted.addAndGet(http.importRows(rows.toString(StandardCharsets.UTF_8), apiKey));
  }

  /** Stops the threads; throws what stopped one of them, if anything did. */
  @Override
  public void close() {
    stop.set(true);
    for (Thread thread : threads) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new WalkFailure("interrupted while stopping the adders");
      }
    }
    if (failure.get() != null) {
      throw failure.get();
    }
  }
}
