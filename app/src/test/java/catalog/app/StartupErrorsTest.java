package catalog.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import catalog.domain.Conflict;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class StartupErrorsTest {

  /** An import refused because another one runs (imports run one at a time) says so in one line. */
  @Test
  void aConflictIsOneLineAndExitCodeOne() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream original = System.err;
    int code;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      code = new StartupErrors().handleExecutionException(new Conflict("another import is running in this catalog"),
          new CommandLine(new ImportCommand()), null);
    } finally {
      System.setErr(original);
    }
    String printed = err.toString(StandardCharsets.UTF_8);
    assertEquals(1, code);
    assertEquals("catalog: import: another import is running in this catalog; nothing was imported\n", printed);
    assertFalse(printed.contains("\tat "), "no stack trace");
  }
}
