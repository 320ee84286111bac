package catalog.infra.db;

import catalog.domain.search.Abbreviations;
import catalog.domain.search.SearchText;
import catalog.domain.search.TextFolding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Keeps each product's stored name forms ({@code name_folded}, {@code name_search}) those the running code
 * computes. They are written in Java, and read back by filters, the name sort's keyset and search, which
 * fold their own values with the same code: a form written under other rules is a product that
 * {@code name=} or {@code name_like} misses, or that a walk in name order skips or repeats. The rules are
 * TextFolding's, the abbreviations, and the JDK's Unicode tables (which change with its feature version).
 * Their {@link #fingerprint} is stored (V14); at start, when it differs, the forms of every product are
 * computed again and those that differ rewritten, in one transaction under an advisory lock.
 */
final class NameForms {
  /** The advisory lock of a refresh, so that two instances starting at once refresh once: "nameform". */
  static final long LOCK = 0x6e616d65666f726dL;
  private static final int CHUNK = 5000;
  /** By id and name: a product renamed meanwhile by a running instance has the forms of its new name. */
  private static final String UPDATE = """
      UPDATE product p SET name_folded = v.folded, name_search = v.search
      FROM unnest(?::uuid[], ?::text[], ?::text[], ?::text[]) AS v(id, name, folded, search)
      WHERE p.id = v.id AND p.name = v.name""";
  /**
   * Spelling correction's words (V5) are added as names are written and never removed; after a refresh the
   * words that only the old forms held would be offered as corrections that find nothing.
   */
  private static final String STALE_WORDS = """
      DELETE FROM search_word
      WHERE word NOT IN (SELECT DISTINCT w FROM product, unnest(string_to_array(name_search, ' ')) AS w)""";

  private NameForms() {}

  /** What the stored forms depend on, as a digest. */
  static String fingerprint() {
    String rules = TextFolding.RULES + "\n" + new TreeMap<>(Abbreviations.WORDS) + "\n" + Abbreviations.SLASHED
        + "\nJava " + Runtime.version().feature();
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(rules.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /**
   * Recomputes the stored forms if they were written under another fingerprint; returns how many products'
   * forms changed (0 when the fingerprint was current).
   */
  static int refresh(DataSource dataSource) throws SQLException {
    String current = fingerprint();
    try (Connection c = dataSource.getConnection()) {
      // Each statement sees what was committed before it: the fingerprint an instance that held the lock
      // first stored, and not a snapshot from before the lock was granted.
      c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
      c.setAutoCommit(false);
      try {
        int changed = refresh(c, current);
        c.commit();
        return changed;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    }
  }

  private static int refresh(Connection c, String current) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("SELECT pg_advisory_xact_lock(" + LOCK + ")");
      try (ResultSet rs = s.executeQuery("SELECT fingerprint FROM name_forms")) {
        if (rs.next() && rs.getString(1).equals(current)) {
          return 0;
        }
      }
    }
    int changed = 0;
    Batch batch = new Batch();
    try (PreparedStatement select = c.prepareStatement("SELECT id, name, name_folded, name_search FROM product");
        PreparedStatement update = c.prepareStatement(UPDATE)) {
      select.setFetchSize(CHUNK);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          String name = rs.getString(2);
          String folded = TextFolding.fold(name);
          String search = SearchText.of(name);
          if (!folded.equals(rs.getString(3)) || !search.equals(rs.getString(4))) {
            batch.add(rs.getObject(1, UUID.class), name, folded, search);
            changed++;
          }
          if (batch.ids.size() == CHUNK) {
            batch.write(c, update);
          }
        }
      }
      batch.write(c, update);
    }
    try (Statement s = c.createStatement()) {
      if (changed > 0) {
        s.execute(STALE_WORDS);
      }
    }
    try (PreparedStatement store = c.prepareStatement("""
        INSERT INTO name_forms (one, fingerprint) VALUES (true, ?)
        ON CONFLICT (one) DO UPDATE SET fingerprint = excluded.fingerprint""")) {
      store.setString(1, current);
      store.executeUpdate();
    }
    return changed;
  }

  /** Products whose forms changed, written a chunk at a time. */
  private static final class Batch {
    final List<UUID> ids = new ArrayList<>();
    final List<String> names = new ArrayList<>();
    final List<String> folded = new ArrayList<>();
    final List<String> search = new ArrayList<>();

    void add(UUID id, String name, String f, String s) {
      ids.add(id);
      names.add(name);
      folded.add(f);
      search.add(s);
    }

    void write(Connection c, PreparedStatement update) throws SQLException {
      if (ids.isEmpty()) {
        return;
      }
      update.setArray(1, c.createArrayOf("uuid", ids.toArray()));
      update.setArray(2, c.createArrayOf("text", names.toArray()));
      update.setArray(3, c.createArrayOf("text", folded.toArray()));
      update.setArray(4, c.createArrayOf("text", search.toArray()));
      update.executeUpdate();
      ids.clear();
      names.clear();
      folded.clear();
      search.clear();
    }
  }
}
