package catalog.infra.db;

/**
 * What PostgreSQL's statistics tell the service about the catalog, read once a minute, to choose how to
 * ask (never what the answer is): one set per {@link Database}, shared by its units of work.
 */
record QueryStatistics(SearchPostings searchPostings) {
  QueryStatistics() {
    this(new SearchPostings());
  }
}
