package catalog.infra.db;

import catalog.domain.StaleVersion;
import catalog.domain.classification.Classification;
import catalog.domain.classification.ClassificationName;
import catalog.domain.classification.Classifications;
import catalog.domain.classification.Kind;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Classifications in six tables of the same shape, one per kind (table names from {@link Tables}). */
final class JdbcClassifications implements Classifications {
  private static final String COLUMNS = "id, name, version, discarded, created_at, updated_at";
  private static final String FIND = "SELECT " + COLUMNS + " FROM %s WHERE id = ?";
  private static final String FIND_BY_NAME =
      "SELECT " + COLUMNS + " FROM %s WHERE lower(name) = lower(?) AND NOT discarded";
  private static final String LIST =
      "SELECT " + COLUMNS + " FROM %s WHERE NOT discarded ORDER BY lower(name), id";
  private static final String INSERT =
      "INSERT INTO %s (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)";
  private static final String UPDATE = """
      UPDATE %s SET name = ?, discarded = ?, updated_at = ?, version = version + 1
      WHERE id = ? AND version = ?""";

  private final Sql.ConnectionSource connections;

  JdbcClassifications(Sql.ConnectionSource connections) {
    this.connections = connections;
  }

  @Override
  public Optional<Classification> find(Kind kind, UUID id) {
    return Sql.run(connections, "reading a " + kind.key(), c -> {
      try (PreparedStatement ps = c.prepareStatement(FIND.formatted(table(kind)))) {
        ps.setObject(1, id);
        return first(kind, ps);
      }
    });
  }

  @Override
  public Optional<Classification> findByName(Kind kind, ClassificationName name) {
    return Sql.run(connections, "reading a " + kind.key(), c -> {
      try (PreparedStatement ps = c.prepareStatement(FIND_BY_NAME.formatted(table(kind)))) {
        ps.setString(1, name.value());
        return first(kind, ps);
      }
    });
  }

  @Override
  public List<Classification> list(Kind kind) {
    return Sql.run(connections, "listing " + kind.plural(), c -> {
      try (PreparedStatement ps = c.prepareStatement(LIST.formatted(table(kind)));
          ResultSet rs = ps.executeQuery()) {
        List<Classification> all = new ArrayList<>();
        while (rs.next()) {
          all.add(map(kind, rs));
        }
        return all;
      }
    });
  }

  @Override
  public void add(Classification classification) {
    Kind kind = classification.kind();
    Sql.run(connections, "adding a " + kind.key(), c -> {
      try (PreparedStatement ps = c.prepareStatement(INSERT.formatted(table(kind)))) {
        ps.setObject(1, classification.id());
        ps.setString(2, classification.name().value());
        ps.setLong(3, classification.version());
        ps.setBoolean(4, classification.discarded());
        ps.setTimestamp(5, Timestamp.from(classification.createdAt()));
        ps.setTimestamp(6, Timestamp.from(classification.updatedAt()));
        return ps.executeUpdate();
      }
    });
  }

  @Override
  public Classification update(Classification changed) {
    Kind kind = changed.kind();
    int rows = Sql.run(connections, "updating a " + kind.key(), c -> {
      try (PreparedStatement ps = c.prepareStatement(UPDATE.formatted(table(kind)))) {
        ps.setString(1, changed.name().value());
        ps.setBoolean(2, changed.discarded());
        ps.setTimestamp(3, Timestamp.from(changed.updatedAt()));
        ps.setObject(4, changed.id());
        ps.setLong(5, changed.version());
        return ps.executeUpdate();
      }
    });
    if (rows == 0) {
      throw new StaleVersion(kind.key() + " " + changed.id(), changed.version());
    }
    return new Classification(changed.id(), kind, changed.name(), changed.version() + 1,
        changed.discarded(), changed.createdAt(), changed.updatedAt());
  }

  private static String table(Kind kind) {
    return Tables.CLASSIFICATION_TABLE.get(kind);
  }

  private static Optional<Classification> first(Kind kind, PreparedStatement ps) throws SQLException {
    try (ResultSet rs = ps.executeQuery()) {
      return rs.next() ? Optional.of(map(kind, rs)) : Optional.empty();
    }
  }

  private static Classification map(Kind kind, ResultSet rs) throws SQLException {
    return new Classification(
        rs.getObject("id", UUID.class),
        kind,
        new ClassificationName(rs.getString("name")),
        rs.getLong("version"),
        rs.getBoolean("discarded"),
        rs.getTimestamp("created_at").toInstant(),
        rs.getTimestamp("updated_at").toInstant());
  }
}
