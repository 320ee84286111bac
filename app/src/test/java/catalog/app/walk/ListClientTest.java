package catalog.app.walk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** --filter is a query string as typed: encoded for the URI, and a usage error when it cannot be read. */
class ListClientTest {
  @Test
  void aFilterAsTypedIsEncoded() {
    assertEquals("name_like=green+leaves&is_food=true", ListClient.queryOf("name_like=green leaves&is_food=true"));
    assertEquals("brand=A%26B", ListClient.queryOf("brand=A%26B"));
    assertEquals("name_like=caf%C3%A9", ListClient.queryOf("name_like=café"));
    assertEquals("", ListClient.queryOf(""));
    URI.create("http://127.0.0.1/v1/products?" + ListClient.queryOf("name_like=green leaves"));
  }

  @Test
  void aPercentThatStartsNoEscapeIsAUsageError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ListClient.queryOf("%ZZ"));
    assertTrue(e.getMessage().contains("'%ZZ'"), e.getMessage());

    CommandLine walk = new CommandLine(new WalkCommand());
    StringWriter err = new StringWriter();
    walk.setErr(new PrintWriter(err, true));
    walk.setOut(new PrintWriter(new ByteArrayOutputStream(), true));
    assertEquals(2, walk.execute("--url", "http://127.0.0.1:1", "--adders", "0", "--filter", "name_like=%ZZ"));
    assertTrue(err.toString().contains("--filter: cannot read 'name_like=%ZZ'"), err.toString());
  }
}
