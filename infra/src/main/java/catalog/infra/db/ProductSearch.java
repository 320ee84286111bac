package catalog.infra.db;

import catalog.domain.listing.Field;
import catalog.domain.product.ProductView;
import catalog.domain.search.SearchHit;
import catalog.domain.search.SearchQuery;
import catalog.domain.search.SearchResult;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Similarity search over {@code name_search} with pg_trgm. Candidates are the live products whose name
 * holds every word of the query as a whole word, in any order, and those whose name has a stretch at
 * least as similar to the query as pg_trgm's word similarity threshold (0.6 by default; {@code <%},
 * answered by the GIN index). They rank: the names holding every word first, among them the query as a
 * phrase first; then names whose first word is the query's; then by trigram similarity of the whole
 * name; then name and id. (The {@code <%} test stops as soon as the threshold is reached; computing the
 * exact word similarity of every candidate costs several times more, so it is not a rank key.) The query
 * is in the same normal form as the names (letters, digits and single spaces only), so it and its words
 * are safe inside a LIKE pattern.
 *
 * <p>Testing {@code <%} is what a search costs: about 10 µs per candidate, and a query such as "green
 * chilli" has some 1,700 of them in 100,000 products. So the names holding every word are asked for
 * first, from search's postings ({@link #EVERY_WORD}) for a fraction of that. They rank above every other
 * candidate, so when there are at least as many of them as the search wants, they are the answer, in the
 * same order. Otherwise (a misspelt query, a rare phrase) the full ranking runs, which finds them through
 * the trigram index with plain LIKEs. Either takes a word of three letters or more; for a query without
 * one ("a b") they are only found among the word-similarity candidates, which the full ranking then
 * orders the same way.
 *
 * <p>Before either, a word of the query that no name contains is corrected to the nearest word that one
 * does, or completed to one that begins with it ({@link SearchWords}), so the ranking is the corrected
 * query's: trigram similarity alone does not forgive a typo in a short word, and "green chilli" then
 * finds the names that say "chillies, green" among the names holding every word.
 */
final class ProductSearch {
  /**
   * Every candidate's rank keys come from an inner statement that reads nothing else; the page's rows
   * are read afterwards by id. Carrying whole rows through the ranking of some 1,500 candidates cost
   * about a third of the statement. {@code {words}} is {@link #WORDS} where the query has a word of three
   * letters, and {@code false} where it has none.
   */
  private static final String RANKED = """
      SELECT %s, %s, k.similarity
      FROM (SELECT p.id, p.name, similarity(?, p.name_search) AS similarity,
              (' ' || p.name_search || ' ') LIKE ALL (?) AS every_word,
              (' ' || p.name_search || ' ') LIKE ? AS phrase,
              split_part(p.name_search, ' ', 1) = ? AS first_word
            FROM product p
            WHERE NOT p.discarded AND (? <%% p.name_search OR ({words}))
            ORDER BY every_word DESC, phrase DESC, first_word DESC, similarity DESC, p.name, p.id
            {limit}) k
      JOIN product p ON p.id = k.id
      ORDER BY k.every_word DESC, k.phrase DESC, k.first_word DESC, k.similarity DESC, k.name, k.id
      """.formatted(ProductViews.COLUMNS, ProductViews.NAMES_GENERATION);

  /**
   * RANKED's names holding every word, in RANKED's order, from search's postings (V15,
   * {@code product_word}; {@link SearchPostings} chooses whose). The order is four tiers, RANKED's: the
   * phrase and the first word, the phrase alone, the first word alone, neither; within each, the name's
   * trigram count, name and id. Each tier is an index-only scan of one word's postings, already in that
   * order, that stops at the page's size, and the outer LIMIT stops reading tiers once the page is full: a UNION ALL runs
   * its branches one after another (without parallel workers, which {@link #SETTINGS} turns off), so a
   * dense first tier is the whole answer and the later ones are never read. For a query of one word, the
   * phrase is the word and the tiers without it are left out. Every trigram of the query is one of such a
   * name's (pg_trgm pads and cuts each word on its own), so pg_trgm's similarity of the two is (the
   * query's trigrams) / (the name's trigrams), as reals: computing similarity() for each of 1,289 matches
   * of "mango ripe" cost two thirds of the statement that came before the postings.
   */
  private static final String EVERY_WORD = """
      SELECT %s, %s, (SELECT cardinality(show_trgm(?)))::real / NULLIF(k.name_trigrams, 0)::real AS similarity
      FROM (SELECT u.tier, u.id, u.name, u.name_trigrams FROM ({tiers}) u {limit}) k
      JOIN product p ON p.id = k.id
      ORDER BY k.tier, k.name_trigrams, k.name, k.id
      """.formatted(ProductViews.COLUMNS, ProductViews.NAMES_GENERATION);

  /** One tier of EVERY_WORD: {@code {postings}} picks the postings, {@code {phrase}} is empty or NOT. */
  private static final String TIER = """
      (SELECT %d AS tier, w.id, w.name, w.name_trigrams FROM product_word w
        WHERE {postings} AND (' ' || w.name_search || ' ') LIKE ALL (?) AND {phrase}(' ' || w.name_search || ' ') LIKE ?
        ORDER BY w.name_trigrams, w.name, w.id {limit})""";

  /** The test for a name holding every word: {@code {contains}}, then each word between spaces. */
  private static final String WORDS = "{contains} AND (' ' || p.name_search || ' ') LIKE ALL (?)";

  private ProductSearch() {}

  /**
   * Planning these statements afresh cost more than a millisecond each time: the estimate for {@code <%}
   * computes the word similarity of the query against every sampled value in the column's statistics,
   * and for a custom plan it does so on every execution. The plan is the same whatever the query (a
   * bitmap scan of the trigram index, then a top-N sort), so the prepared statement is told to keep its
   * generic one. The same statement sets the threshold of pg_trgm's {@code %}, which only the spelling
   * correction's candidate lookup uses (the search itself tests {@code <%}, with its own threshold).
   * It also keeps parallel workers out of the search, on which {@link #EVERY_WORD}'s order of tiers
   * relies. SET LOCAL: all end with the search's transaction.
   */
  private static final String SETTINGS = "SET LOCAL plan_cache_mode = force_generic_plan; "
      + "SET LOCAL max_parallel_workers_per_gather = 0; "
      + "SET LOCAL pg_trgm.similarity_threshold = " + SearchWords.CANDIDATE_SIMILARITY;

  /**
   * The hits for {@code query}, its misspelt words corrected first ({@link SearchWords}), with their
   * classifications' names from {@code names} where it knows them.
   */
  static SearchResult run(Connection c, SearchQuery query, ClassificationNames names, SearchPostings postings)
      throws SQLException {
    settings(c);
    SearchQuery corrected = SearchWords.corrected(c, query);
    List<Hit> hits = indexesWholeWords(corrected.normalized()) ? everyWord(c, corrected, postings) : List.of();
    List<SearchHit> named = named(c, hits.size() == corrected.limit() ? hits : ranked(c, corrected), names);
    return corrected.equals(query) ? SearchResult.asGiven(named) : new SearchResult(named, corrected.normalized());
  }

  /** The full ranking alone, without the shortcut: what {@link #run} must always agree with. */
  static List<SearchHit> rankedOnly(Connection c, SearchQuery query, ClassificationNames names)
      throws SQLException {
    settings(c);
    return named(c, ranked(c, SearchWords.corrected(c, query)), names);
  }

  /**
   * Whether the trigram index can narrow a LIKE on the query, and the postings hold its words: it needs
   * a word of three characters or more, counted in code points as PostgreSQL counts them
   * ({@link SearchPostings#postedWords}). (Without one, the index would be read whole.)
   */
  static boolean indexesWholeWords(String normalized) {
    return !SearchPostings.postedWords(normalized).isEmpty();
  }

  /**
   * At most {@code limit} of the best names holding every word of the query, best first. Only for a
   * query that {@link #indexesWholeWords}.
   */
  static List<Hit> everyWord(Connection c, SearchQuery query, SearchPostings postings) throws SQLException {
    return hits(c, everyWordStatement(query, postings.choose(c, query.normalized())));
  }

  /** {@link #EVERY_WORD} for {@code query}, reading the postings {@code choice} names. */
  static Clause everyWordStatement(SearchQuery query, SearchPostings.Choice choice) {
    String q = query.normalized();
    boolean oneWord = !q.contains(" ");
    List<Clause> tiers = new ArrayList<>();
    Clause firstWordNames = choice.firstWordPostings()
        ? Clause.of("w.word = ?", text(SearchPostings.firstWordPosting(choice.firstWord())))
        : Clause.of("w.word = ? AND split_part(w.name_search, ' ', 1) = ?", text(choice.drive()),
            text(choice.firstWord()));
    Clause otherNames = Clause.of("w.word = ? AND split_part(w.name_search, ' ', 1) <> ?", text(choice.drive()),
        text(choice.firstWord()));
    for (boolean phrase : oneWord ? new boolean[] {true} : new boolean[] {true, false}) {
      for (Clause read : List.of(firstWordNames, otherNames)) {
        List<Clause.Bound> values = new ArrayList<>(read.values());
        values.add(wholeWordPatterns(q));
        values.add(text(phrase(q)));
        tiers.add(new Clause(withLimit(TIER.formatted(tiers.size()), query.limit())
            .replace("{postings}", read.sql()).replace("{phrase}", phrase ? "" : "NOT "), values));
      }
    }
    Clause union = Clause.join(" UNION ALL ", tiers);
    List<Clause.Bound> values = new ArrayList<>(List.of(text(q)));
    values.addAll(union.values());
    return new Clause(withLimit(EVERY_WORD, query.limit()).replace("{tiers}", union.sql()), values);
  }

  private static List<Hit> ranked(Connection c, SearchQuery query) throws SQLException {
    String q = query.normalized();
    Clause words = indexesWholeWords(q) ? words(q) : Clause.of("false");
    return hits(c, statement(RANKED, query.limit(), words, text(q), wholeWordPatterns(q), text(phrase(q)),
        text(firstWord(q)), text(q)));
  }

  /**
   * {@code template} with its inner LIMIT and {@code words}, its values: {@code before}, those of the
   * placeholders ahead of {@code {words}}, then the words'.
   */
  private static Clause statement(String template, int limit, Clause words, Clause.Bound... before) {
    List<Clause.Bound> values = new ArrayList<>(List.of(before));
    values.addAll(words.values());
    return new Clause(withLimit(template, limit).replace("{words}", words.sql()), values);
  }

  /**
   * {@link #WORDS} for {@code normalized}: one LIKE for each distinct word of three letters or more, then
   * the whole-word patterns.
   */
  private static Clause words(String normalized) {
    List<String> contains = new ArrayList<>();
    List<Clause.Bound> values = new ArrayList<>();
    for (String word : SearchPostings.postedWords(normalized)) {
      contains.add("p.name_search LIKE ?");
      values.add(text("%" + word + "%"));
    }
    values.add(wholeWordPatterns(normalized));
    return new Clause(WORDS.replace("{contains}", String.join(" AND ", contains)), values);
  }

  /** Each word of the query between spaces, to be tested against the name between spaces. */
  private static Clause.Bound wholeWordPatterns(String normalized) {
    return Clause.Bound.array(Field.Type.TEXT,
        Arrays.stream(normalized.split(" ")).distinct().map(w -> "% " + w + " %").toList());
  }

  private static Clause.Bound text(String value) {
    return Clause.Bound.one(Field.Type.TEXT, value);
  }

  private static String phrase(String normalized) {
    return "% " + normalized + " %";
  }

  /** The statement with its inner LIMIT, a literal as in the lists (JdbcProductReads.limit). */
  private static String withLimit(String statement, int limit) {
    return statement.replace("{limit}", JdbcProductReads.limit(limit));
  }

  private static String firstWord(String normalized) {
    return normalized.split(" ")[0];
  }

  private static void settings(Connection c) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute(SETTINGS);
    }
  }

  /** A hit, with the generation of the classifications' names its statement saw. */
  record Hit(ProductViews.Unnamed row, double similarity, long namesGeneration) {}

  static List<Hit> hits(Connection c, Clause statement) throws SQLException {
    List<Hit> hits = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(statement.sql())) {
      statement.bind(c, ps, 1);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          hits.add(new Hit(ProductViews.unnamed(rs), similarity(rs), rs.getLong("names_generation")));
        }
      }
    }
    return hits;
  }

  /**
   * pg_trgm's similarity is a {@code real}. pgjdbc reads it as text until the statement is prepared on
   * the server (its fifth run on a connection) and in binary after that, and as doubles the two differ:
   * 0.7105263 first, then 0.7105262875556946. Read as the float it is, and widened through its shortest
   * decimal form, it is 0.7105263 either way.
   */
  private static double similarity(ResultSet rs) throws SQLException {
    return Double.parseDouble(Float.toString(rs.getFloat("similarity")));
  }

  private static List<SearchHit> named(Connection c, List<Hit> hits, ClassificationNames names)
      throws SQLException {
    Long generation = hits.isEmpty() ? null : hits.getFirst().namesGeneration();
    List<ProductView> views = ProductViews.named(c, hits.stream().map(Hit::row).toList(), names, generation);
    List<SearchHit> named = new ArrayList<>(views.size());
    for (int i = 0; i < views.size(); i++) {
      named.add(new SearchHit(views.get(i), hits.get(i).similarity()));
    }
    return named;
  }
}
