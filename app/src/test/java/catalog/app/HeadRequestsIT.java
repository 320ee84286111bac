package catalog.app;

import static catalog.app.Api.createProduct;
import static catalog.app.Api.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * HEAD runs the GET handler: the same status and headers, no body. (Javalin on its own answers HEAD on
 * any GET route with an empty 200, whether or not the resource is there.)
 */
class HeadRequestsIT {
  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> head(String path) {
    return server.send(HttpRequest.newBuilder(server.uri(path))
        .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
  }

  private static void assertSameHeadersWithoutBody(String path) {
    HttpResponse<String> get = server.get(path);
    HttpResponse<String> head = head(path);
    assertEquals(get.statusCode(), head.statusCode(), path);
    assertEquals(get.headers().firstValue("Content-Type"), head.headers().firstValue("Content-Type"), path);
    assertEquals(get.headers().firstValue("ETag"), head.headers().firstValue("ETag"), path);
    // A body too large for Jetty's buffer is sent chunked, with no length; both answers say the same.
    assertEquals(get.headers().firstValue("Content-Length"), head.headers().firstValue("Content-Length"), path);
    get.headers().firstValue("Content-Length").ifPresent(length ->
        assertEquals(String.valueOf(get.body().getBytes(StandardCharsets.UTF_8).length), length, path));
    assertEquals("", head.body(), path);
  }

  @Test
  void aProductAnswersAsItsGetWouldWithoutTheBody() {
    JsonNode product = createProduct(server, "Head request product", source(server));
    String path = "/v1/products/" + product.get("id").asText();
    assertSameHeadersWithoutBody(path);
    HttpResponse<String> head = head(path);
    assertTrue(head.headers().firstValue("ETag").isPresent(), "a product's HEAD carries its ETag");
    assertTrue(head.headers().firstValue("Content-Length").isPresent(), "and the length of its GET body");
  }

  @Test
  void aMissingProductIsNotFound() {
    HttpResponse<String> r = head("/v1/products/" + UUID.randomUUID());
    assertEquals(404, r.statusCode());
    assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElseThrow());
    assertEquals("", r.body());
  }

  @Test
  void listsSearchAndHealthAnswerAsTheirGetWould() {
    createProduct(server, "Head request listed product", source(server));
    assertSameHeadersWithoutBody("/v1/products?limit=2");
    assertSameHeadersWithoutBody("/v1/products/filter-options");
    assertSameHeadersWithoutBody("/v1/sources");
    assertSameHeadersWithoutBody("/health/ready");
    assertEquals(400, head("/v1/products?no_such_key=1").statusCode());
  }
}
