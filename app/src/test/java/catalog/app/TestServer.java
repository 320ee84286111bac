package catalog.app;

import catalog.app.graph.CatalogComponent;
import catalog.infra.config.CatalogConfig;
import catalog.infra.config.PoolMode;
import catalog.infra.db.PoolState;
import catalog.infra.testing.TestDatabase;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The service started in-process on a free port against this run's test database, exactly as
 * {@code serve} starts it, in the pool mode named by {@value #POOL_MODE_VARIABLE} (failsafe runs
 * the HTTP suite once per mode), with the admin API on. Extra environment variables (pool size,
 * timeouts ...) go on top.
 */
public final class TestServer implements AutoCloseable {
  public static final String API_KEY = "test-api-key-0123456789";
  public static final String ADMIN_TOKEN = "test-admin-token-0123456789";
  /** The pool mode the HTTP tests run in: {@code hikari} (when unset) or {@code none}. */
  public static final String POOL_MODE_VARIABLE = "CATALOG_TEST_POOL_MODE";

  private final ServeCommand.Running running;
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private TestServer(ServeCommand.Running running) {
    this.running = running;
  }

  public static TestServer start() {
    return start(Map.of());
  }

  public static TestServer start(Map<String, String> extraEnv) {
    Map<String, String> env = new HashMap<>(TestDatabase.get().env());
    env.put("HTTP_HOST", "127.0.0.1");
    env.put("HTTP_PORT", "0");
    env.put("CATALOG_API_KEYS", API_KEY);
    env.put("CATALOG_ADMIN_TOKEN", ADMIN_TOKEN);
    env.put("DB_POOL_MODE", poolMode().label());
    env.putAll(extraEnv);
    return new TestServer(ServeCommand.start(CatalogConfig.from(env), false));
  }

  /** The pool mode of this test run. */
  public static PoolMode poolMode() {
    String mode = System.getenv(POOL_MODE_VARIABLE);
    return CatalogConfig.from(mode == null ? Map.of() : Map.of("DB_POOL_MODE", mode)).pool().mode();
  }

  public static boolean pooled() {
    return poolMode() == PoolMode.HIKARI;
  }

  public URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + running.port() + pathAndQuery);
  }

  public int port() {
    return running.port();
  }

  public CatalogComponent graph() {
    return running.graph();
  }

  /** Hikari's live figures (only in pool mode hikari). */
  public HikariPoolMXBean pool() {
    return running.graph().database().hikari().orElseThrow().getHikariPoolMXBean();
  }

  /** Connections lent out now, in either pool mode (in {@code none} mode: open connections). */
  public int activeConnections() {
    return graph().database().poolState().active();
  }

  /** Units of work waiting for a connection now, in either pool mode. */
  public int waitingForConnection() {
    return graph().database().poolState().pending();
  }

  /** The most connections the service opens at once (size + overflow), in either pool mode. */
  public int maxConnections() {
    var state = graph().database().poolState();
    return state.size() + state.maxOverflow();
  }

  /** The pool's live figures in either mode (in none mode: the connections open at once, and the waiters). */
  public PoolState poolState() {
    return running.graph().database().poolState();
  }

  public HttpClient client() {
    return client;
  }

  public HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException("request failed: " + request, e);
    }
  }

  /** A response read off a plain socket; header names in lower case. */
  public record RawResponse(int status, Map<String, String> headers, String body) {
    public String contentType() {
      return headers.getOrDefault("content-type", "");
    }
  }

  /**
   * Sends {@code method target} as HTTP/1.0 over a plain socket, with {@code headers} ("Name: value") and
   * a Content-Length when there is a body: for requests java.net.http will not send, such as a malformed
   * escape in the URI.
   */
  public RawResponse sendRaw(String method, String target, List<String> headers, byte[] body) {
    return sendRaw(method, target.getBytes(StandardCharsets.UTF_8), headers, body);
  }

  /** {@link #sendRaw(String, String, List, byte[])} with the target as bytes, which need not be UTF-8. */
  public RawResponse sendRaw(String method, byte[] target, List<String> headers, byte[] body) {
    StringBuilder head = new StringBuilder("\r\nHost: 127.0.0.1\r\n");
    headers.forEach(h -> head.append(h).append("\r\n"));
    if (body.length > 0 || !method.equals("GET")) {
      head.append("Content-Length: ").append(body.length).append("\r\n");
    }
    head.append("\r\n");
    try (Socket socket = new Socket("127.0.0.1", port())) {
      socket.setSoTimeout(30_000);
      socket.getOutputStream().write((method + " ").getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().write(target);
      socket.getOutputStream().write((" HTTP/1.0" + head).getBytes(StandardCharsets.UTF_8));
      socket.getOutputStream().write(body);
      String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int split = response.indexOf("\r\n\r\n");
      String[] lines = response.substring(0, split).split("\r\n");
      Map<String, String> fields = new HashMap<>();
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        fields.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
      }
      return new RawResponse(Integer.parseInt(lines[0].split(" ")[1]), fields, response.substring(split + 4));
    } catch (IOException e) {
      throw new UncheckedIOException("request failed: " + method + " " + target, e);
    }
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET().build());
  }

  /** A write with the test API key and a JSON body. */
  public HttpResponse<String> write(String method, String path, String json) {
    return send(HttpRequest.newBuilder(uri(path))
        .header("Authorization", "Bearer " + API_KEY)
        .header("Content-Type", "application/json")
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
        .build());
  }

  /** An admin request with the admin token, and a JSON body when {@code json} is not null. */
  public HttpResponse<String> admin(String method, String path, String json) {
    return send(HttpRequest.newBuilder(uri(path))
        .header("Authorization", "Bearer " + ADMIN_TOKEN)
        .header("Content-Type", "application/json")
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
        .build());
  }

  @Override
  public void close() {
    running.stop();
  }
}
