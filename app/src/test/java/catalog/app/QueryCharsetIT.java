package catalog.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The query string is percent-encoded UTF-8 whatever charset the request's {@code Content-Type} names (it
 * names the body's). Javalin decoded the query string in that charset: {@code charset} without a value was a
 * 500 on every route that reads a parameter, an unknown one dropped every parameter (200, an unfiltered
 * list), and {@code latin1} or {@code utf-16} misread every non-ASCII value.
 */
class QueryCharsetIT {
  private static TestServer server;
  private static String name;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    name = Api.unique("Crème brûlée à l'ancienne");
    Api.createProduct(server, name, Api.source(server));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"text/plain; charset", "text/plain; charset=", "text/plain; charset=bogus",
      "text/plain; charset=utf-16", "application/json; charset=latin1", "application/json; charset"})
  void everyRouteReadsItsParametersAsUtf8(String contentType) {
    Api.assertProblem(get("/v1/products?limit=1&foo=bar", contentType), 400, "foo");
    HttpResponse<String> page = get("/v1/products?limit=1&include_total=true&name=" + Api.enc(name), contentType);
    assertEquals(200, page.statusCode(), page::body);
    assertEquals(1, Api.json(page).path("page").path("limit").asInt(), page::body);
    assertEquals(1, Api.json(page).path("page").path("total").asInt(), page::body);

    String like = "/v1/products?include_total=true&name_like=" + Api.enc("brûlée à");
    HttpResponse<String> liked = get(like, contentType);
    assertEquals(200, liked.statusCode(), liked::body);
    int total = Api.json(liked).path("page").path("total").asInt();
    assertTrue(total >= 1, liked::body);
    assertEquals(Api.json(get(like, null)).path("page").path("total").asInt(), total, "as without the header");

    HttpResponse<String> search = get("/v1/products/search?limit=1&q=" + Api.enc(name), contentType);
    assertEquals(200, search.statusCode(), search::body);
    assertEquals(name, Api.json(search).path("data").path(0).path("name").asText(), search::body);

    assertEquals(200, get("/v1/products/filter-options?brand=" + Api.enc("Crème"), contentType).statusCode());
    Api.assertProblem(get("/v1/products/filter-options?foo=1", contentType), 400, "foo");
    Api.assertProblem(get("/v1/sources?x=1", contentType), 400, "x");
    Api.assertProblem(get("/v1/products/00000000-0000-0000-0000-000000000000?x=1", contentType), 400, "x");
    Api.assertProblem(Api.send(server, "POST", "/v1/products/import?atomic=maybe", "", contentType, Map.of()), 400,
        "atomic");
  }

  private static HttpResponse<String> get(String path, String contentType) {
    return Api.send(server, "GET", path, null, contentType, Map.of());
  }
}
