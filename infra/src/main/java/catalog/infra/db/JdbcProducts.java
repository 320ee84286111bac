package catalog.infra.db;

import catalog.domain.StaleVersion;
import catalog.domain.product.Product;
import catalog.domain.product.Products;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.Collections;
import java.util.Optional;
import java.util.UUID;

/** Products in the product table, with optimistic locking on {@code version}. */
final class JdbcProducts implements Products {
  private static final String FIND = "SELECT id, " + ProductRows.columns("")
      + ", version, discarded, created_at, updated_at FROM product WHERE id = ?";
  private static final String INSERT = "INSERT INTO product (id, " + ProductRows.FIELD_COLUMNS
      + ", version, discarded, created_at, updated_at) VALUES (?, "
      + String.join(", ", Collections.nCopies(ProductRows.FIELD_COUNT, "?")) + ", ?, ?, ?, ?)";
  private static final String UPDATE = "UPDATE product SET (" + ProductRows.FIELD_COLUMNS
      + ", discarded, updated_at, version) = ("
      + String.join(", ", Collections.nCopies(ProductRows.FIELD_COUNT, "?"))
      + ", ?, ?, version + 1) WHERE id = ? AND version = ?";

  private final Sql.ConnectionSource connections;

  JdbcProducts(Sql.ConnectionSource connections) {
    this.connections = connections;
  }

  @Override
  public Optional<Product> find(UUID id) {
    return Sql.run(connections, "reading a product", c -> {
      try (PreparedStatement ps = c.prepareStatement(FIND)) {
        ps.setObject(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            return Optional.empty();
          }
          return Optional.of(new Product(
              rs.getObject("id", UUID.class),
              ProductRows.read(rs, 2),
              rs.getLong("version"),
              rs.getBoolean("discarded"),
              rs.getTimestamp("created_at").toInstant(),
              rs.getTimestamp("updated_at").toInstant()));
        }
      }
    });
  }

  @Override
  public void add(Product product) {
    Sql.run(connections, "adding a product", c -> {
      try (PreparedStatement ps = c.prepareStatement(INSERT)) {
        ps.setObject(1, product.id());
        int i = ProductRows.bind(ps, 2, product.fields());
        ps.setLong(i++, product.version());
        ps.setBoolean(i++, product.discarded());
        ps.setTimestamp(i++, Timestamp.from(product.createdAt()));
        ps.setTimestamp(i, Timestamp.from(product.updatedAt()));
        return ps.executeUpdate();
      }
    });
  }

  @Override
  public Product update(Product product) {
    int rows = Sql.run(connections, "updating a product", c -> {
      try (PreparedStatement ps = c.prepareStatement(UPDATE)) {
        int i = ProductRows.bind(ps, 1, product.fields());
        ps.setBoolean(i++, product.discarded());
        ps.setTimestamp(i++, Timestamp.from(product.updatedAt()));
        ps.setObject(i++, product.id());
        ps.setLong(i, product.version());
        return ps.executeUpdate();
      }
    });
    if (rows == 0) {
      throw new StaleVersion("product " + product.id(), product.version());
    }
    return new Product(product.id(), product.fields(), product.version() + 1, product.discarded(),
        product.createdAt(), product.updatedAt());
  }
}
