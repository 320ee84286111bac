package catalog.infra.db;

/**
 * Similarity search was asked for but the database has no pg_trgm extension. Retrying does not help;
 * an operator has to install the extension (and restart the service).
 */
public final class SearchUnavailable extends RuntimeException {
  public SearchUnavailable() {
    super("similarity search needs the PostgreSQL extension pg_trgm, which is not installed in this database;"
        + " an operator can install it (CREATE EXTENSION pg_trgm) and restart the service");
  }
}
