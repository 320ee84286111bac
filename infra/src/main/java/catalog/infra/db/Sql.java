package catalog.infra.db;

import java.sql.Connection;
import java.sql.SQLException;

/** Runs one JDBC step and translates its SQLException; keeps try/catch out of the repositories. */
final class Sql {
  private Sql() {}

  @FunctionalInterface
  interface Step<T> {
    T run(Connection connection) throws SQLException;
  }

  static <T> T run(ConnectionSource source, String doing, Step<T> step) {
    try {
      return step.run(source.connection());
    } catch (SQLException e) {
      RuntimeException error = SqlErrors.translate(doing, e);
      source.failed(error);
      throw error;
    }
  }

  /** Where repositories get the unit of work's connection, borrowed on first use. */
  @FunctionalInterface
  interface ConnectionSource {
    Connection connection();

    /** Told of each step that failed, with what {@link #run} throws for it. */
    default void failed(RuntimeException error) {}
  }
}
