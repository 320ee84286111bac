package catalog.app.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import catalog.app.Json;
import catalog.app.TestServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code /admin/*} needs the admin token: 404 when none is configured, 401 without one, 403 with another. */
class AdminAuthIT {
  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void withoutAConfiguredTokenAdminEndpointsAreNotFound() {
    try (TestServer noAdmin = TestServer.start(Map.of("CATALOG_ADMIN_TOKEN", ""))) {
      for (String method : new String[] {"GET", "PUT"}) {
        HttpResponse<String> response = noAdmin.send(request(noAdmin, method, "Bearer " + TestServer.ADMIN_TOKEN));
        assertProblem(response, 404, "urn:catalog:problem:not-found");
      }
    }
  }

  @Test
  void noAuthorizationIsUnauthorizedWithABearerChallenge() {
    HttpResponse<String> response = server.send(request(server, "GET", null));
    assertProblem(response, 401, "urn:catalog:problem:unauthorized");
    assertEquals("Bearer", response.headers().firstValue("WWW-Authenticate").orElse(""));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Basic dXNlcjpwYXNz", "Bearer", "Bearer    ", "Bearer two words", "Token abc",
      TestServer.ADMIN_TOKEN})
  void aMalformedAuthorizationIsUnauthorized(String header) {
    for (String method : new String[] {"GET", "PUT"}) {
      assertProblem(server.send(request(server, method, header)), 401, "urn:catalog:problem:unauthorized");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"wrong-admin-token-0123456789", TestServer.ADMIN_TOKEN + "x", "test-admin-token",
      TestServer.API_KEY})
  void anotherTokenIsForbidden(String token) {
    for (String method : new String[] {"GET", "PUT"}) {
      assertProblem(server.send(request(server, method, "Bearer " + token)), 403, "urn:catalog:problem:forbidden");
    }
  }

  @Test
  void theAdminTokenIsAccepted() {
    HttpResponse<String> response = server.send(request(server, "GET", "Bearer " + TestServer.ADMIN_TOKEN));
    assertEquals(200, response.statusCode(), response::body);
    HttpResponse<String> lowerCaseScheme = server.send(request(server, "GET", "bearer " + TestServer.ADMIN_TOKEN));
    assertEquals(200, lowerCaseScheme.statusCode(), lowerCaseScheme::body);
  }

  private static HttpRequest request(TestServer server, String method, String authorization) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(server.uri("/admin/pool"))
        .header("Content-Type", "application/json")
        .method(method, method.equals("PUT")
            ? HttpRequest.BodyPublishers.ofString("{\"size\":2,\"max_overflow\":0}")
            : HttpRequest.BodyPublishers.noBody());
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    return builder.build();
  }

  static void assertProblem(HttpResponse<String> response, int status, String type) {
    assertEquals(status, response.statusCode(), response::body);
    assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
    assertEquals(type, Json.of(response).get("type").asText(), response::body);
    assertEquals(status, Json.of(response).get("status").asInt());
  }
}
