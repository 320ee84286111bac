package catalog.infra.db;

import catalog.domain.classification.Kind;
import catalog.domain.listing.Field;
import catalog.domain.listing.Keyset;
import catalog.domain.listing.SortKey;
import catalog.domain.search.TextFolding;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A sort as SQL: the ORDER BY terms (NULLS LAST in both directions, id last in the first key's
 * direction), the joins the terms need, and the keyset condition "after this row". A key is one term,
 * except {@code source}: its rank under the domain's source order, then its name; and {@code name}: its
 * folded form ({@code name_folded}: lower case, accents stripped), then the name as written, so that
 * "apple" and "Álvaro" sort among "Banana" and "zebra" rather than by code point.
 */
final class SortTerms {
  /**
   * One ORDER BY term: {@code expression} on the row, {@code parameter} the same expression over a bound
   * value (one placeholder), and the index of the sort key whose keyset value is bound there; {@code
   * folded} binds that value's {@link TextFolding} form (the keyset carries the name as written).
   */
  record Term(String expression, String parameter, Field field, boolean descending, boolean nullable, int key,
      boolean folded) {
    Term(String expression, String parameter, Field field, boolean descending, boolean nullable, int key) {
      this(expression, parameter, field, descending, nullable, key, false);
    }
  }

  private final List<SortKey> keys;
  private final List<Term> terms = new ArrayList<>();
  private final Set<Kind> joins = new LinkedHashSet<>();

  SortTerms(List<SortKey> keys) {
    this.keys = List.copyOf(keys);
    for (int k = 0; k < keys.size(); k++) {
      SortKey key = keys.get(k);
      Field field = key.field();
      if (field.kind().isPresent()) {
        Kind kind = field.kind().get();
        joins.add(kind);
        String name = "lower(" + Tables.JOIN_ALIAS.get(kind) + ".name)";
        if (kind == Kind.SOURCE) {
          terms.add(new Term(Tables.sourceRank(name), Tables.sourceRank("?::text"), field, key.descending(), false, k));
        }
        terms.add(new Term(name, "?", field, key.descending(), field.nullable(), k));
      } else {
        if (field == Field.NAME) {
          terms.add(new Term("p.name_folded", "?", field, key.descending(), false, k, true));
        }
        terms.add(new Term(Tables.FIELD_COLUMN.get(field), "?", field, key.descending(), field.nullable(), k));
      }
    }
  }

  List<Term> terms() {
    return Collections.unmodifiableList(terms);
  }

  boolean idDescending() {
    return keys.get(0).descending();
  }

  /** The term of each key whose value the keyset carries (the last of the key's terms). */
  int valueTerm(int key) {
    int last = -1;
    for (int t = 0; t < terms.size(); t++) {
      if (terms.get(t).key() == key) {
        last = t;
      }
    }
    return last;
  }

  /** {@code ", <term> AS sk0, <term> AS sk1 ..."}: the terms' values, selected under the names the keyset reads. */
  String values() {
    StringBuilder sql = new StringBuilder();
    for (int t = 0; t < terms.size(); t++) {
      sql.append(", ").append(terms.get(t).expression()).append(" AS sk").append(t);
    }
    return sql.toString();
  }

  /** The joins of {@code product p} to the classification tables the sort reads names from. */
  String joins() {
    StringBuilder sql = new StringBuilder();
    for (Kind kind : joins) {
      String alias = Tables.JOIN_ALIAS.get(kind);
      sql.append(kind == Kind.SOURCE ? " JOIN " : " LEFT JOIN ")
          .append(Tables.CLASSIFICATION_TABLE.get(kind)).append(' ').append(alias)
          .append(" ON ").append(alias).append(".id = p.").append(Tables.REFERENCE_COLUMN.get(kind));
    }
    return sql.toString();
  }

  /** {@code " ORDER BY ..."} over the terms' expressions, or over {@code alias + index} columns. */
  String orderBy(String alias) {
    List<String> parts = new ArrayList<>();
    for (int t = 0; t < terms.size(); t++) {
      Term term = terms.get(t);
      String expression = alias == null ? term.expression() : alias + t;
      parts.add(expression + (term.descending() ? (term.nullable() ? " DESC NULLS LAST" : " DESC") : " ASC"));
    }
    parts.add("p.id" + (idDescending() ? " DESC" : " ASC"));
    return " ORDER BY " + String.join(", ", parts);
  }

  /**
   * Rows after the keyset row in this order. With every term non-null and one direction it is a row
   * comparison, which an index on (key, id) answers directly. Otherwise it is the OR of "equal on the
   * first i terms and after on the next", where a null keyset value is equal only to NULL and has
   * nothing after it (nulls are last), and a non-null one has every NULL after it. A non-null first
   * term also gets a plain range condition so an index on it still bounds the scan.
   */
  Clause after(Keyset keyset) {
    boolean uniform = terms.stream().allMatch(t -> !t.nullable() && t.descending() == idDescending());
    if (uniform) {
      List<String> left = new ArrayList<>();
      List<String> right = new ArrayList<>();
      List<Clause.Bound> values = new ArrayList<>();
      for (Term term : terms) {
        left.add(term.expression());
        right.add(term.parameter());
        values.add(bound(term, keyset));
      }
      left.add("p.id");
      right.add("?");
      values.add(Clause.Bound.one(Field.Type.UUID, keyset.id()));
      return new Clause("(" + String.join(", ", left) + ") " + (idDescending() ? "<" : ">")
          + " (" + String.join(", ", right) + ")", values);
    }
    List<Clause> alternatives = new ArrayList<>();
    for (int i = 0; i <= terms.size(); i++) {
      List<Clause> parts = new ArrayList<>();
      for (int e = 0; e < i; e++) {
        parts.add(equal(terms.get(e), keyset));
      }
      Clause next = i < terms.size() ? later(terms.get(i), keyset)
          : Clause.of("p.id " + (idDescending() ? "<" : ">") + " ?", Clause.Bound.one(Field.Type.UUID, keyset.id()));
      if (next == null) {
        continue;
      }
      parts.add(next);
      alternatives.add(Clause.join(" AND ", parts));
    }
    Clause any = Clause.join(" OR ", alternatives.stream().map(a -> new Clause("(" + a.sql() + ")", a.values())).toList());
    Clause expanded = new Clause("(" + any.sql() + ")", any.values());
    Term first = terms.get(0);
    if (!first.nullable()) {
      Clause bound = Clause.of(first.expression() + (first.descending() ? " <= " : " >= ") + first.parameter(),
          bound(first, keyset));
      return Clause.join(" AND ", List.of(bound, expanded));
    }
    return expanded;
  }

  private Clause equal(Term term, Keyset keyset) {
    if (value(term, keyset) == null) {
      return Clause.of(term.expression() + " IS NULL");
    }
    return Clause.of(term.expression() + " = " + term.parameter(), bound(term, keyset));
  }

  /** Rows after the keyset on this term alone; null when there are none (the keyset value is NULL). */
  private Clause later(Term term, Keyset keyset) {
    if (value(term, keyset) == null) {
      return null;
    }
    String compare = term.expression() + (term.descending() ? " < " : " > ") + term.parameter();
    if (term.nullable()) {
      compare = "(" + compare + " OR " + term.expression() + " IS NULL)";
    }
    return Clause.of(compare, bound(term, keyset));
  }

  private static Object value(Term term, Keyset keyset) {
    return keyset.values().get(term.key());
  }

  private static Clause.Bound bound(Term term, Keyset keyset) {
    Field.Type type = term.field().type();
    Object value = value(term, keyset);
    return Clause.Bound.one(type, term.folded() ? TextFolding.fold((String) value) : value);
  }
}
