package catalog.app;

import catalog.app.sweep.SweepCommand;
import catalog.app.walk.WalkCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code catalog} command: {@code serve} (the default), {@code migrate}, {@code import},
 * {@code import-sample}, {@code generate}, {@code gen-catalog}, {@code sweep}, {@code walk}.
 */
@Command(
    name = "catalog",
    mixinStandardHelpOptions = true,
    version = "catalog 0.1.0",
    description = "A products catalog over PostgreSQL whose database layer is built to be measured.",
    subcommands = {ServeCommand.class, MigrateCommand.class, ImportCommand.class, ImportSampleCommand.class,
        GenerateCommand.class, GenCatalogCommand.class, SweepCommand.class, WalkCommand.class})
public final class Main implements Runnable {

  public static void main(String[] args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler(new StartupErrors());
    String[] effective = args.length == 0 || args[0].startsWith("--") && !isTopLevelOption(args[0])
        ? prepend("serve", args) : args;
    int code = cli.execute(effective);
    if (code != 0 || !"serve".equals(effective[0])) {
      System.exit(code);
    }
  }

  /** Not reached: {@link #main} sends an empty command line (or one of options) to {@code serve}. */
  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  private static boolean isTopLevelOption(String arg) {
    return arg.equals("--help") || arg.equals("-h") || arg.equals("--version") || arg.equals("-V");
  }

  private static String[] prepend(String first, String[] rest) {
    String[] all = new String[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }
}
