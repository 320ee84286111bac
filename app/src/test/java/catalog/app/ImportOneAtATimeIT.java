package catalog.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Imports run one at a time: while a client is still sending one import, another waits as long as a
 * statement may take (here 1 s) and is then refused with a 409 that says why, having read nothing; the
 * first is not disturbed, and reads go on meanwhile on the other connections.
 */
class ImportOneAtATimeIT {
  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start(Map.of("DB_STATEMENT_TIMEOUT_MS", "1000", "DB_POOL_SIZE", "3"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aSecondImportWhileTheFirstIsStillSentIsAConflict() throws Exception {
    String source = Api.unique("one at a time");
    // The first import over a socket of its own, chunk by chunk: its client sends one row and then waits.
    try (Socket first = new Socket("127.0.0.1", server.port())) {
      first.setSoTimeout(30_000);
      OutputStream out = first.getOutputStream();
      out.write(("POST /v1/products/import HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + TestServer.API_KEY
          + "\r\nContent-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      chunk(out, row("First 1", source));
      Eventually.holds("the first import holds the import lock", () -> importLocks() == 1,
          ImportOneAtATimeIT::importLocks);

      HttpResponse<String> second = Api.send(server, "POST", "/v1/products/import",
          new String(row("Second", source), StandardCharsets.UTF_8), "application/x-ndjson", Map.of());
      JsonNode problem = Api.assertProblem(second, 409);
      assertTrue(problem.path("detail").asText().contains("another import is running"), problem::toString);
      assertEquals(200, server.get("/v1/products?limit=1").statusCode(), "reads go on meanwhile");

      chunk(out, row("First 2", source));
      out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String response = new String(first.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(response.startsWith("HTTP/1.1 200"), response);
      assertTrue(response.contains("\"inserted\":2"), response);
    }
    HttpResponse<String> kept = server.get("/v1/products?include_total=true&source=" + Api.enc(source));
    assertEquals(2, Api.json(kept).path("page").path("total").asInt(), "the second import kept nothing");
  }

  private static void chunk(OutputStream out, byte[] data) throws IOException {
    out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.write(data);
    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  /** The advisory locks granted in the catalog's database: the running import's. */
  private static long importLocks() {
    try (Connection c = server.graph().database().dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted"
            + " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())")) {
      rs.next();
      long locks = rs.getLong(1);
      if (!c.getAutoCommit()) {
        c.rollback();
      }
      return locks;
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }

  private static byte[] row(String name, String source) {
    return ("{\"name\": \"" + name + "\", \"source\": \"" + source + "\"}\n").getBytes(StandardCharsets.UTF_8);
  }
}
