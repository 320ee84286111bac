package catalog.app.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SweepPlanTest {
  private static SweepPlan plan(String... args) {
    SweepCommand command = new SweepCommand(Map.of(), System.out);
    new CommandLine(command).parseArgs(args);
    return command.plan();
  }

  @Test
  void theDefaultSweepIsSixSizesTwoCountsThreeTrialsOfTenSecondsWithinEightMinutes() {
    SweepPlan p = plan();
    assertEquals(List.of(1, 2, 4, 8, 16, 32), p.poolSizes());
    assertEquals(List.of(16, 64), p.concurrencies());
    assertEquals(3, p.trials());
    assertEquals(Duration.ofSeconds(10), p.duration());
    assertEquals("read", p.workload());
    assertTrue(p.pgbench());
    assertFalse(p.compareNone());
    assertEquals(6 * 2 * 3 + 2 * 3, p.schedule().size());
    assertTrue(p.estimate().compareTo(Duration.ofMinutes(8)) < 0, "estimate " + p.estimate());
  }

  @Test
  void quickIsSmallAndExplicitOptionsWin() {
    SweepPlan q = plan("--quick");
    assertEquals(List.of(1, 4, 16), q.poolSizes());
    assertEquals(2, q.trials());
    assertTrue(q.estimate().compareTo(Duration.ofSeconds(80)) < 0, "estimate " + q.estimate());
    SweepPlan mixed = plan("--quick", "--trials", "3", "--pool-sizes", "8,2", "--duration", "1m");
    assertEquals(3, mixed.trials());
    assertEquals(List.of(2, 8), mixed.poolSizes(), "sorted");
    assertEquals(Duration.ofMinutes(1), mixed.duration());
  }

  @Test
  void roundsInterleaveEveryPointAndAlternateTheOrderOfSizes() {
    SweepPlan p = plan("--pool-sizes", "1,2", "--concurrency", "4", "--trials", "2", "--pool-mode", "none");
    List<String> order = p.schedule().stream()
        .map(t -> t.kind().label() + ":" + t.poolSize() + "@" + t.concurrency() + "#" + t.round()).toList();
    assertEquals(List.of("pgbench:0@4#1", "hikari:1@4#1", "hikari:2@4#1", "none:0@4#1",
        "pgbench:0@4#2", "hikari:2@4#2", "hikari:1@4#2", "none:0@4#2"), order);
  }

  @Test
  void badValuesAreRefusedWithTheOptionNamed() {
    for (String[] args : List.of(new String[] {"--pool-sizes", "0,2"}, new String[] {"--trials", "0"},
        new String[] {"--workload", "browse"}, new String[] {"--pool-mode", "pgbouncer"},
        new String[] {"--mix", "read=1,delete=2"}, new String[] {"--pool-sizes", "2,2"},
        new String[] {"--url", "http://x", "--pool-mode", "none"}, new String[] {"--url", "notaurl"},
        new String[] {"--url", "ftp://127.0.0.1/"}, new String[] {"--url", "http://x", "--none-url", "x:8080"},
        // Refused before the sweep starts, where they failed it after the first trial, or went unused:
        new String[] {"--workload", "mixed", "--mix", "read=0,write=0"}, new String[] {"--mix", "write=1"},
        new String[] {"--workload-file", "/no/such/workload.lua"},
        new String[] {"--url", "http://127.0.0.1:1"},
        new String[] {"--url", "http://127.0.0.1:1", "--admin-token", "t0ken", "--workload", "write"})) {
      IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
          () -> plan(args));
      assertTrue(e.getMessage().contains("--"), e.getMessage());
    }
  }

  @Test
  void aBadDurationIsAUsageError() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CommandLine cli = new CommandLine(new SweepCommand(Map.of(), System.out))
        .setErr(new java.io.PrintWriter(err, true, StandardCharsets.UTF_8));
    assertEquals(2, cli.execute("--duration", "500ms"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("not a duration"), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void theHelpExplainsEveryOptionAndScriptsPoolSweepPassesThemAll() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CommandLine cli = new CommandLine(new SweepCommand(Map.of(), new PrintStream(out)));
    cli.usage(new PrintStream(out, true, StandardCharsets.UTF_8));
    String help = out.toString(StandardCharsets.UTF_8);
    String script = Files.readString(Path.of("..", "scripts", "pool-sweep"));
    for (CommandLine.Model.OptionSpec option : cli.getCommandSpec().options()) {
      String name = option.longestName();
      assertTrue(help.contains(name), name + " is in catalog sweep --help");
      if (!option.usageHelp() && !option.versionHelp()) {
        assertTrue(script.contains(name), name + " is explained in scripts/pool-sweep --help");
      }
    }
  }
}
