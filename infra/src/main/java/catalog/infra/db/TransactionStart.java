package catalog.infra.db;

import catalog.infra.config.DatabaseSettings;

/**
 * What runs at the start of each transaction. Normally nothing: isolation, statement timeout and GIN
 * pending list limit are session defaults sent at connect. Behind PgBouncer in transaction mode a session
 * is not ours to configure, so each transaction sets them for itself.
 */
record TransactionStart(String sql) {
  static TransactionStart of(DatabaseSettings settings) {
    if (!settings.pgBouncer()) {
      return new TransactionStart(null);
    }
    return new TransactionStart("SET TRANSACTION ISOLATION LEVEL " + settings.isolation().sql()
        + "; SET LOCAL statement_timeout = " + settings.statementTimeoutMs()
        + "; SET LOCAL gin_pending_list_limit = " + ConnectionFactory.GIN_PENDING_LIST_KB);
  }
}
