package catalog.infra.db;

/**
 * Similarity search was asked for but the database has no pg_trgm extension, or not the trigram column
 * ({@code product.name_trigrams}) that is added with it. Retrying does not help; an operator has to install
 * the extension and restart the service, which adds the column.
 */
public final class SearchUnavailable extends RuntimeException {
  public SearchUnavailable() {
    super("similarity search needs the PostgreSQL extension pg_trgm, and the trigram column the service adds"
        + " once it is installed; an operator can install it (CREATE EXTENSION pg_trgm) and restart the service"
        + " (as a role that may alter the product table)");
  }
}
