package catalog.app;

import catalog.infra.config.CatalogConfig;
import catalog.infra.db.Migrations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Brings the schema up to date and exits. */
@Command(name = "migrate", mixinStandardHelpOptions = true, description = "Run database migrations and exit.")
final class MigrateCommand implements Runnable {
  @Option(names = "--create-database", description = "Create the configured database first when it is missing.")
  boolean createDatabase;

  @Override
  public void run() {
    CatalogConfig config = CatalogConfig.fromEnvironment();
    if (createDatabase) {
      Migrations.createDatabaseIfMissing(config.database());
    }
    var result = Migrations.migrate(config.database());
    System.out.println("schema at version " + (result.targetSchemaVersion == null
        ? result.initialSchemaVersion : result.targetSchemaVersion)
        + " (" + result.migrationsExecuted + " migrations applied)");
  }
}
