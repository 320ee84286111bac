package db.migration;

import catalog.domain.search.SearchText;
import catalog.domain.search.TextFolding;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills the name forms V3 added for the products stored before it, with the same Java code the
 * repositories use on writes, then makes them required.
 */
public final class V4__fill_name_forms extends BaseJavaMigration {
  private static final int CHUNK = 5000;
  private static final String UPDATE = """
      UPDATE product p SET name_folded = v.folded, name_search = v.search
      FROM unnest(?::uuid[], ?::text[], ?::text[]) AS v(id, folded, search)
      WHERE p.id = v.id""";

  @Override
  public void migrate(Context context) throws Exception {
    Connection c = context.getConnection();
    List<UUID> ids = new ArrayList<>();
    List<String> folded = new ArrayList<>();
    List<String> search = new ArrayList<>();
    try (PreparedStatement select = c.prepareStatement("SELECT id, name FROM product WHERE name_search IS NULL");
        PreparedStatement update = c.prepareStatement(UPDATE)) {
      select.setFetchSize(CHUNK);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          String name = rs.getString(2);
          ids.add(rs.getObject(1, UUID.class));
          folded.add(TextFolding.fold(name));
          search.add(SearchText.of(name));
          if (ids.size() == CHUNK) {
            flush(c, update, ids, folded, search);
          }
        }
      }
      flush(c, update, ids, folded, search);
    }
    try (Statement s = c.createStatement()) {
      s.execute("ALTER TABLE product ALTER COLUMN name_folded SET NOT NULL, ALTER COLUMN name_search SET NOT NULL");
    }
  }

  private static void flush(Connection c, PreparedStatement update, List<UUID> ids, List<String> folded,
      List<String> search) throws Exception {
    if (ids.isEmpty()) {
      return;
    }
    update.setArray(1, c.createArrayOf("uuid", ids.toArray()));
    update.setArray(2, c.createArrayOf("text", folded.toArray()));
    update.setArray(3, c.createArrayOf("text", search.toArray()));
    update.executeUpdate();
    ids.clear();
    folded.clear();
    search.clear();
  }
}
