package catalog.infra.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import catalog.domain.listing.Keyset;
import catalog.domain.listing.SortKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The SQL a sort becomes: the shapes that decide whether an index can answer a page. */
class SortTermsTest {
  private static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000001");

  private static SortTerms terms(String sort) {
    return new SortTerms(Arrays.stream(sort.split(",")).map(SortKey::parse).toList());
  }

  @Test
  void oneDirectionOverRequiredKeysIsARowComparison() {
    Clause after = terms("-updated_at").after(new Keyset(List.of(Instant.EPOCH), ID));
    assertEquals("(p.updated_at, p.id) < (?, ?)", after.sql());
    assertEquals(2, after.values().size());
    assertEquals(" ORDER BY p.updated_at DESC, p.id DESC", terms("-updated_at").orderBy(null));
    assertEquals("(p.name_folded, p.name, p.created_at, p.id) > (?, ?, ?, ?)",
        terms("name,created_at").after(new Keyset(List.of("a", Instant.EPOCH), ID)).sql());
  }

  @Test
  void nameSortsByItsFoldedFormThenAsWritten() {
    assertEquals(" ORDER BY p.name_folded DESC, p.name DESC, p.id DESC", terms("-name").orderBy(null));
    Clause after = terms("-name").after(new Keyset(List.of("Álvaro"), ID));
    assertEquals("(p.name_folded, p.name, p.id) < (?, ?, ?)", after.sql());
    assertEquals(List.of("alvaro", "Álvaro", ID), after.values().stream().map(Clause.Bound::value).toList());
  }

  @Test
  void nullableKeysSortNullsLastBothWays() {
    assertEquals(" ORDER BY p.nf_calories ASC, p.id ASC", terms("calories").orderBy(null));
    assertEquals(" ORDER BY p.nf_calories DESC NULLS LAST, p.id DESC", terms("-calories").orderBy(null));
    assertEquals(" ORDER BY lower(c_brd.name) DESC NULLS LAST, p.id DESC", terms("-brand").orderBy(null));
  }

  @Test
  void afterANonNullValueEveryNullFollows() {
    Clause after = terms("-calories").after(new Keyset(List.of(100.0), ID));
    assertEquals("(((p.nf_calories < ? OR p.nf_calories IS NULL)) OR (p.nf_calories = ? AND p.id < ?))", after.sql());
  }

  @Test
  void afterANullValueOnlyLaterNullsFollow() {
    Clause after = terms("calories").after(new Keyset(Arrays.asList((Object) null), ID));
    assertEquals("((p.nf_calories IS NULL AND p.id > ?))", after.sql());
    assertEquals(1, after.values().size());
  }

  @Test
  void mixedDirectionsKeepARangeOnARequiredFirstKey() {
    Clause after = terms("-updated_at,name").after(new Keyset(List.of(Instant.EPOCH, "x"), ID));
    assertTrue(after.sql().startsWith("p.updated_at <= ? AND ("), after.sql());
  }

  @Test
  void sourceSortsByItsRankThenName() {
    SortTerms source = terms("source");
    assertEquals(2, source.terms().size());
    assertTrue(source.orderBy(null).startsWith(" ORDER BY CASE lower(c_src.name) WHEN 'manual' THEN 0"));
    assertEquals(" JOIN source c_src ON c_src.id = p.source_id", source.joins());
    Clause after = source.after(new Keyset(List.of("tbca"), ID));
    assertTrue(after.sql().contains("CASE ?::text WHEN 'manual' THEN 0"), after.sql());
    assertEquals(3, after.values().size());
  }
}
