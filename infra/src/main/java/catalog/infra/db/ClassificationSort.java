package catalog.infra.db;

import catalog.domain.classification.Kind;
import catalog.domain.listing.Field;
import catalog.domain.listing.Keyset;
import catalog.domain.listing.ProductQuery;
import catalog.domain.listing.SortKey;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The page's ids for a sort on one classification alone ({@code sort=brand}, {@code sort=-source}) over
 * the whole catalog, without sorting the catalog. The general statement joins every product to its
 * classification and sorts them all for each page (about 200 ms a page at 100,000 products on a slow
 * 2-core machine). Here the classifications are read in order (there are few), and for each one, through
 * the index on (reference, id), only its first products by id: a page reads about one page of rows per
 * classification it touches. Products without one come last, by id, through the same index.
 *
 * <p>With filters the general statement stays: it sorts only the matching products, and here a
 * selective filter would have each classification's products read until enough of them matched.
 */
final class ClassificationSort {
  private static final String NIL = "'00000000-0000-0000-0000-000000000000'::uuid";
  private static final String MAX = "'ffffffff-ffff-ffff-ffff-ffffffffffff'::uuid";

  private ClassificationSort() {}

  /**
   * Whether the query is a sort on one classification over the live catalog, with no filter. (Not even
   * {@code discarded}: the few discarded products would be looked for among every classification's.)
   */
  static boolean serves(ProductQuery query) {
    return query.sort().size() == 1 && query.sort().getFirst().field().kind().isPresent()
        && query.filters().isEmpty();
  }

  /**
   * At most {@code rows} ids after {@code after} (null: from the first), with the columns {@link SortTerms}
   * names for this key ({@code sk0}: the lower-case name; for a source {@code sk0} its rank and {@code sk1}
   * its name), in its order. {@code conditions} are the query's own, on {@code p}, or an empty clause.
   */
  static Clause pageIds(SortKey key, Clause conditions, Keyset after, int rows) {
    Kind kind = key.field().kind().orElseThrow();
    String direction = key.descending() ? " DESC" : " ASC";
    String limit = JdbcProductReads.limit(rows);
    String reference = "p." + Tables.REFERENCE_COLUMN.get(kind);
    String value = after == null ? null : (String) after.values().getFirst();
    Clause filter = conditions.sql().isEmpty() ? Clause.NONE
        : new Clause(" AND " + conditions.sql(), conditions.values());

    List<Clause> parts = new ArrayList<>();
    if (after == null || value != null) {
      parts.add(classified(kind, key.descending(), reference, filter, after, rows));
    }
    if (kind != Kind.SOURCE) {
      UUID afterId = after != null && value == null ? after.id() : null;
      parts.add(withoutOne(reference, key.descending(), filter, afterId, rows));
    }
    String order = kind == Kind.SOURCE ? "sk0" + direction + ", sk1" + direction
        : "sk0" + direction + (key.descending() ? " NULLS LAST" : "");
    Clause union = Clause.join(" UNION ALL ", parts);
    return new Clause("SELECT * FROM (" + union.sql() + ") u ORDER BY " + order + ", id" + direction + limit,
        union.values());
  }

  /**
   * The products without one, by id (after {@code afterId} when the keyset is one of them). Ordered by the
   * (null) reference too, so that the index's order serves: with {@code IS NULL} alone PostgreSQL sorts them.
   */
  private static Clause withoutOne(String reference, boolean descending, Clause filter, UUID afterId, int rows) {
    String direction = descending ? " DESC" : " ASC";
    Clause after = afterId == null ? Clause.NONE
        : Clause.of(" AND p.id " + (descending ? "<" : ">") + " ?", Clause.Bound.one(Field.Type.UUID, afterId));
    return Clause.join("", List.of(
        Clause.of("(SELECT p.id, NULL::text AS sk0 FROM product p WHERE " + reference + " IS NULL"), filter, after,
        Clause.of(" ORDER BY " + reference + direction + ", p.id" + direction + JdbcProductReads.limit(rows) + ")")));
  }

  /**
   * The products that have a classification: the classifications from the keyset's on, in order, and
   * for each its first products by id (after the keyset's id for the keyset's own classification).
   */
  private static Clause classified(Kind kind, boolean descending, String reference, Clause filter, Keyset after,
      int rows) {
    String direction = descending ? " DESC" : " ASC";
    boolean source = kind == Kind.SOURCE;
    String rank = Tables.sourceRank("lower(c.name)");
    String keys = source ? rank + " AS rank, lower(c.name) AS name" : "lower(c.name) AS name";
    String order = source ? "rank" + direction + ", name" + direction : "name" + direction;
    String columns = source ? "c.rank AS sk0, c.name AS sk1" : "c.name AS sk0";
    List<Clause> sql = new ArrayList<>();
    sql.add(Clause.of("(SELECT p.id, " + columns + " FROM (SELECT c.id, " + keys + " FROM "
        + Tables.CLASSIFICATION_TABLE.get(kind) + " c"));
    String value = after == null ? null : (String) after.values().getFirst();
    Clause.Bound name = Clause.Bound.one(Field.Type.TEXT, value);
    String from = descending ? " <= " : " >= ";
    if (after != null) {
      sql.add(source
          ? Clause.of(" WHERE (" + rank + ", lower(c.name))" + from + "(" + Tables.sourceRank("?::text") + ", ?)",
              name, name)
          : Clause.of(" WHERE lower(c.name)" + from + "?", name));
    }
    sql.add(Clause.of(" ORDER BY " + order + ") c CROSS JOIN LATERAL (SELECT p.id FROM product p WHERE "
        + reference + " = c.id"));
    sql.add(filter);
    if (after != null) {
      Clause.Bound id = Clause.Bound.one(Field.Type.UUID, after.id());
      // The first bound is an index condition; the second makes it exact (the keyset's own id is not after).
      sql.add(Clause.of(" AND p.id " + (descending ? "<=" : ">=") + " CASE WHEN c.name = ? THEN ?::uuid ELSE "
          + (descending ? MAX : NIL) + " END AND (c.name <> ? OR p.id " + (descending ? "<" : ">") + " ?)",
          name, id, name, id));
    }
    String pageOrder = source ? "c.rank" + direction + ", c.name" + direction : "c.name" + direction;
    sql.add(Clause.of(" ORDER BY p.id" + direction + JdbcProductReads.limit(rows) + ") p ORDER BY " + pageOrder
        + ", p.id" + direction + JdbcProductReads.limit(rows) + ")"));
    return Clause.join("", sql);
  }
}
