package catalog.infra.config;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every unusable value stops the start with a ConfigError that names the variable and what it accepts. */
class ConfigErrorTest {

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(delimiter = '|', value = {
      "DB_POOL_MODE             | foo        | hikari, none",
      "DB_POOL_SIZE             | 0          | 1 to 1000",
      "DB_POOL_SIZE             | abc        | 1 to 1000",
      "DB_POOL_SIZE             | -3         | 1 to 1000",
      "DB_POOL_SIZE             | 1001       | 1 to 1000",
      "DB_POOL_SIZE             | 2.5        | 1 to 1000",
      "DB_POOL_SIZE             | +5         | 1 to 1000",
      "DB_POOL_SIZE             | ５         | 1 to 1000",
      "HTTP_PORT                | ８０８０     | 0 to 65535",
      "DB_POOL_MAX_OVERFLOW     | -1         | 0 to 1000",
      "DB_MAX_WAITERS           | -1         | 0 to 100000",
      "DB_MAX_WAITERS           | 100001     | 0 to 100000",
      "DB_MAX_WAITERS           | many       | 0 to 100000",
      "DB_CONNECTION_TIMEOUT_MS | 10         | 250 to 600000",
      "DB_CONNECTION_TIMEOUT_MS | soon       | 250 to 600000",
      "DB_POOL_RECYCLE_S        | 5          | 30 to 86400",
      "DB_ISOLATION             | bad        | read_committed, repeatable_read, serializable",
      "DB_ISOLATION             | repeatable read | read_committed, repeatable_read, serializable",
      "DB_STATEMENT_TIMEOUT_MS  | -5         | 0 to 3600000",
      "DB_PGBOUNCER             | maybe      | true or false",
      "HTTP_PORT                | 70000      | 0 to 65535",
      "HTTP_PORT                | http       | 0 to 65535",
      "HTTP_HOST                | 999.999.1.1 | an address of this machine or a name that resolves to one",
      "HTTP_HOST                | no.such.host.invalid | an address of this machine or a name that resolves to one",
      "POSTGRES_PORT            | 0          | 1 to 65535",
      "POSTGRES_DB              | shop;drop  | letters, digits",
  })
  void badValueNamesTheVariableAndTheAcceptedValues(String variable, String value, String accepted) {
    ConfigError error = assertThrows(ConfigError.class, () -> CatalogConfig.from(Map.of(variable, value)));
    assertTrue(error.getMessage().startsWith(variable + ": "), error.getMessage());
    assertTrue(error.getMessage().contains(accepted), error.getMessage());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "CATALOG_API_KEYS    | short",
      "CATALOG_API_KEYS    | a-long-enough-key-123,short",
      "CATALOG_ADMIN_TOKEN | short",
  })
  void shortTokensAreRefused(String variable, String value) {
    ConfigError error = assertThrows(ConfigError.class, () -> CatalogConfig.from(Map.of(variable, value)));
    assertTrue(error.getMessage().startsWith(variable + ": "), error.getMessage());
    assertTrue(error.getMessage().contains("at least 16 characters"), error.getMessage());
  }
  @ParameterizedTest
  @ValueSource(strings = {",", ",,", " , "})
  void apiKeysThatNameNoKeyAreRefused(String value) {
    ConfigError error = assertThrows(ConfigError.class, () -> CatalogConfig.from(Map.of("CATALOG_API_KEYS", value)));
    assertTrue(error.getMessage().startsWith("CATALOG_API_KEYS: names no key"), error.getMessage());
  }


  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "mysql://u:p@db.example.com/shop",
      "db.example.com:5432/shop",
      "jdbc:mysql://db.example.com/shop",
      "postgres:///shop",
      "postgres://db.example.com",
      "postgres://db.example.com/",
      "postgres://db example.com/shop",
      "postgres://u:p@:5432/shop",
  })
  void badDatabaseUrlIsRefused(String url) {
    ConfigError error = assertThrows(ConfigError.class, () -> CatalogConfig.from(Map.of("DATABASE_URL", url)));
    assertTrue(error.getMessage().startsWith("DATABASE_URL: "), error.getMessage());
  }
}
