package catalog.app.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import catalog.app.Scrape;
import catalog.app.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Requests that Jetty refuses before Javalin sees them are answered with problem details too, not HTML. */
class JettyProblemsIT {
  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static JsonNode problem(HttpResponse<String> response, int status) throws Exception {
    assertEquals(status, response.statusCode(), response.body());
    assertEquals(Problem.CONTENT_TYPE, response.headers().firstValue("Content-Type").orElse(""), response.body());
    JsonNode body = new ObjectMapper().readTree(response.body());
    assertEquals(status, body.path("status").asInt());
    assertFalse(body.path("title").asText().isEmpty(), response.body());
    assertFalse(body.path("detail").asText().isEmpty(), response.body());
    return body;
  }

  @Test
  void aPathJettyCannotDecodeSafely() throws Exception {
    JsonNode body = problem(server.get("/v1/products/%00"), 400);
    assertEquals("urn:catalog:problem:bad-request", body.path("type").asText());
  }

  @Test
  void aPatchOrDeleteOnSuchAPath() throws Exception {
    problem(server.write("PATCH", "/v1/products/%00", "{}"), 400);
    problem(server.write("DELETE", "/v1/products/%00", null), 400);
  }

  /**
   * Jetty closes the connection after refusing such a path; the answer says so, or a client sends its next
   * request on a dead connection ("header parser received no bytes", as this suite once did).
   */
  @Test
  void theAnswerSaysTheConnectionCloses() {
    TestServer.RawResponse head = server.sendRaw("GET", "/v1/products/%00", List.of(), new byte[0]);
    assertEquals(400, head.status());
    assertEquals("close", head.headers().get("connection"), head::toString);
  }

  @Test
  void aUriTooLong() throws Exception {
    JsonNode body = problem(server.get("/v1/products?name_like=" + "a".repeat(20_000)), 414);
    assertEquals("the request URI is longer than this server accepts", body.path("detail").asText());
  }

  @Test
  void headersTooLarge() throws Exception {
    HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri("/v1/products"))
        .header("X-Padding", "a".repeat(20_000)).GET().build());
    JsonNode body = problem(response, 431);
    assertEquals("the request headers are larger than this server accepts", body.path("detail").asText());
  }

  /**
   * They count in http_server_requests_seconds with the requests Javalin answers, under the unmatched
   * route (and method OTHER where Jetty refused the request while parsing it: the path and the URI's length
   * here); they were not counted at all.
   */
  @Test
  void theyAreCountedWithTheOtherRequests() {
    String decode = "http_server_requests_seconds_count{method=\"OTHER\",outcome=\"CLIENT_ERROR\",status=\"400\","
        + "uri=\"unmatched\"}";
    String tooLong = "http_server_requests_seconds_count{method=\"OTHER\",outcome=\"CLIENT_ERROR\",status=\"414\","
        + "uri=\"unmatched\"}";
    String tooLarge = "http_server_requests_seconds_count{method=\"GET\",outcome=\"CLIENT_ERROR\",status=\"431\","
        + "uri=\"unmatched\"}";
    Scrape before = Scrape.of(server);
    assertEquals(400, server.get("/v1/products/%00").statusCode());
    assertEquals(414, server.get("/v1/products?name_like=" + "a".repeat(20_000)).statusCode());
    assertEquals(431, server.send(HttpRequest.newBuilder(server.uri("/v1/products"))
        .header("X-Padding", "a".repeat(20_000)).GET().build()).statusCode());
    Scrape after = Scrape.of(server);
    for (String series : List.of(decode, tooLong, tooLarge)) {
      assertEquals(1.0, after.valueOf(series) - before.value(series).orElse(0.0), series);
    }
  }
}
