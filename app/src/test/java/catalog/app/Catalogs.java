package catalog.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.UUID;

/** Unique rows made over HTTP, so tests never collide on the shared database. */
public final class Catalogs {
  private Catalogs() {}

  public static String unique(String prefix) {
    return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A new source; its id. */
  public static String source(TestServer server) {
    HttpResponse<String> created = server.write("POST", "/v1/sources",
        "{\"name\":\"" + unique("source") + "\"}");
    assertEquals(201, created.statusCode(), created::body);
    return Json.of(created).get("id").asText();
  }

  /** A new product of a new source; its id. */
  public static String product(TestServer server) {
    return product(server, source(server));
  }

  public static String product(TestServer server, String sourceId) {
    HttpResponse<String> created = server.write("POST", "/v1/products",
        "{\"name\":\"" + unique("product") + "\",\"source_id\":\"" + sourceId + "\"}");
    assertEquals(201, created.statusCode(), created::body);
    return Json.of(created).get("id").asText();
  }
}
