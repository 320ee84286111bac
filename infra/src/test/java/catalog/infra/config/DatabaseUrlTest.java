package catalog.infra.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** DATABASE_URL in each accepted form becomes a credential-free JDBC URL plus user and password. */
class DatabaseUrlTest {

  private static DatabaseSettings withUrl(String url) {
    return CatalogConfig.from(Map.of("DATABASE_URL", url)).database();
  }

  @ParameterizedTest
  @ValueSource(strings = {"postgres://", "postgresql://"})
  void userinfoFormsGiveUserAndPassword(String scheme) {
    DatabaseSettings db = withUrl(scheme + "app:s3cret@db.example.com:6543/shop");
    assertEquals("jdbc:postgresql://db.example.com:6543/shop", db.jdbcUrl());
    assertEquals("app", db.user());
    assertEquals("s3cret", db.password());
  }

  @Test
  void jdbcFormIsKeptAsItIs() {
    DatabaseSettings db = withUrl("jdbc:postgresql://db.example.com:6543/shop?sslmode=require");
    assertEquals("jdbc:postgresql://db.example.com:6543/shop?sslmode=require", db.jdbcUrl());
    assertEquals("postgres", db.user());
    assertEquals("", db.password());
  }

  @Test
  void jdbcFormMayCarryUserinfoToo() {
    DatabaseSettings db = withUrl("jdbc:postgresql://app:pw@db.example.com/shop");
    assertEquals("jdbc:postgresql://db.example.com:5432/shop", db.jdbcUrl());
    assertEquals("app", db.user());
    assertEquals("pw", db.password());
  }

  @Test
  void percentEncodedUserAndPasswordAreDecodedAndPlusStaysPlus() {
    DatabaseSettings db = withUrl("postgres://us%40er:p%40ss%3Aw%2Fo+rd%25@db.example.com/shop");
    assertEquals("us@er", db.user());
    assertEquals("p@ss:w/o+rd%", db.password());
    assertEquals("jdbc:postgresql://db.example.com:5432/shop", db.jdbcUrl());
  }

  @Test
  void portDefaultsTo5432() {
    assertEquals("jdbc:postgresql://db.example.com:5432/shop", withUrl("postgres://u@db.example.com/shop").jdbcUrl());
  }

  @Test
  void queryIsKept() {
    DatabaseSettings db = withUrl("postgresql://u:p@db.example.com:5433/shop?sslmode=require&connectTimeout=5");
    assertEquals("jdbc:postgresql://db.example.com:5433/shop?sslmode=require&connectTimeout=5", db.jdbcUrl());
    assertEquals("shop", db.databaseName());
  }

  @Test
  void ipv6HostStaysBracketed() {
    assertEquals("jdbc:postgresql://[::1]:5433/shop", withUrl("postgres://u@[::1]:5433/shop").jdbcUrl());
  }

  @Test
  void missingUserOrPasswordComeFromThePostgresVariables() {
    DatabaseSettings noUserinfo = CatalogConfig.from(Map.of("DATABASE_URL", "postgres://db.example.com/shop",
        "POSTGRES_USER", "envuser", "POSTGRES_PASSWORD", "envpass")).database();
    assertEquals("envuser", noUserinfo.user());
    assertEquals("envpass", noUserinfo.password());

    DatabaseSettings userOnly = CatalogConfig.from(Map.of("DATABASE_URL", "postgres://urluser@db.example.com/shop",
        "POSTGRES_USER", "envuser", "POSTGRES_PASSWORD", "envpass")).database();
    assertEquals("urluser", userOnly.user());
    assertEquals("envpass", userOnly.password());
  }

  @Test
  void databaseUrlWinsOverTheSplitVariables() {
    DatabaseSettings db = CatalogConfig.from(Map.of(
        "DATABASE_URL", "postgres://urluser:urlpass@url-host:6000/urldb",
        "POSTGRES_SERVER", "env-host",
        "POSTGRES_PORT", "7000",
        "POSTGRES_USER", "envuser",
        "POSTGRES_PASSWORD", "envpass",
        "POSTGRES_DB", "envdb")).database();
    assertEquals("jdbc:postgresql://url-host:6000/urldb", db.jdbcUrl());
    assertEquals("urluser", db.user());
    assertEquals("urlpass", db.password());
  }

  @Test
  void withDatabaseSwapsOnlyTheDatabaseName() {
    DatabaseSettings db = withUrl("postgres://u:p@db.example.com:5433/shop?sslmode=require");
    DatabaseSettings maintenance = db.withDatabase("postgres");
    assertEquals("jdbc:postgresql://db.example.com:5433/postgres?sslmode=require", maintenance.jdbcUrl());
    assertEquals("postgres", maintenance.databaseName());
    assertEquals(db.user(), maintenance.user());
    assertEquals(db.password(), maintenance.password());
    assertEquals(db.isolation(), maintenance.isolation());
  }

  @Test
  void credentialsInTheQueryMoveOutOfTheUrl() {
    DatabaseSettings db = withUrl("jdbc:postgresql://db.example.com/shop?user=app&password=top%40secret&sslmode=require");
    assertEquals("jdbc:postgresql://db.example.com:5432/shop?sslmode=require", db.jdbcUrl());
    assertEquals("app", db.user());
    assertEquals("top@secret", db.password());
    assertFalse(db.toString().contains("top@secret"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"postgres://u@h:99999/db", "postgres://u@h/my%2Fdb", "postgres://u@h/a;b"})
  void portOutOfRangeAndOddDatabaseNamesAreRefused(String url) {
    var error = assertThrows(ConfigError.class, () -> withUrl(url));
    assertTrue(error.getMessage().startsWith("DATABASE_URL"), error.getMessage());
  }
}
