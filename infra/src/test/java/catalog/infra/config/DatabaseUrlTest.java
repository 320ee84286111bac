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

  @Test
  void hostsWithUnderscoresAsContainerNamesHaveThemAreAccepted() {
    DatabaseSettings db = withUrl("postgres://app:pw@catalog_db:5432/shop");
    assertEquals("jdbc:postgresql://catalog_db:5432/shop", db.jdbcUrl());
    assertEquals("catalog_db", db.host());
    assertEquals(5432, db.port());
    assertEquals("app", db.user());
  }

  @Test
  void aHostListIsKeptInOrderWithEachPort() {
    DatabaseSettings db = withUrl("postgresql://app:pw@primary_db:5433,[::1],replica.example.com/shop"
        + "?targetServerType=primary");
    assertEquals("jdbc:postgresql://primary_db:5433,[::1]:5432,replica.example.com:5432/shop"
        + "?targetServerType=primary", db.jdbcUrl());
    assertEquals("primary_db", db.host());
    assertEquals(5433, db.port());
    assertEquals("shop", db.databaseName());
    assertEquals("jdbc:postgresql://primary_db:5433,[::1]:5432,replica.example.com:5432/postgres"
        + "?targetServerType=primary", db.withDatabase("postgres").jdbcUrl());
  }

  @Test
  void aPasswordMayHoldAnAtSign() {
    DatabaseSettings db = withUrl("postgres://app:p@ss@db.example.com/shop");
    assertEquals("app", db.user());
    assertEquals("p@ss", db.password());
    assertEquals("jdbc:postgresql://db.example.com:5432/shop", db.jdbcUrl());
  }

  @Test
  void anIpv6HostIsBracketedWithItsPort() {
    DatabaseSettings db = withUrl("postgres://u@[fe80::1:2]/shop");
    assertEquals("jdbc:postgresql://[fe80::1:2]:5432/shop", db.jdbcUrl());
    assertEquals("fe80::1:2", db.host());
  }

  @ParameterizedTest
  @ValueSource(strings = {"postgres://u@h:/db", "postgres://u@::1/db", "postgres://u@[::1/db", "postgres://u@[::1]x/db",
      "postgres://u@h/db#top", "postgres://u@h,/db", "postgres://u@ho st/db", "postgres://u@h:0/db",
      "postgres://u@h:5432x/db", "postgres://@/db", "postgres://u@h", "postgres://u@h/", "postgres://u@h?sslmode=require",
      "postgres://u@/db", "postgres://u@:5432/db", "postgres://u@h/d%zzb"})
  void malformedAuthoritiesArePointedOut(String url) {
    var error = assertThrows(ConfigError.class, () -> withUrl(url));
    assertTrue(error.getMessage().startsWith("DATABASE_URL: "), error.getMessage());
  }

  @Test
  void aBadEscapeInThePasswordIsReportedWithoutThePassword() {
    var error = assertThrows(ConfigError.class, () -> withUrl("postgres://app:s3cr%zzet@h/db"));
    assertFalse(error.getMessage().contains("s3cr"), error.getMessage());
    assertFalse(error.getMessage().contains("zz"), error.getMessage());
    assertTrue(error.getMessage().contains("%25"), error.getMessage());
  }

  @Test
  void postgresServerTakesContainerNamesAndIpv6ButNotSocketDirectories() {
    assertEquals("jdbc:postgresql://catalog_db:5432/catalog",
        CatalogConfig.from(Map.of("POSTGRES_SERVER", "catalog_db")).database().jdbcUrl());
    assertEquals("jdbc:postgresql://[::1]:6000/catalog",
        CatalogConfig.from(Map.of("POSTGRES_SERVER", "::1", "POSTGRES_PORT", "6000")).database().jdbcUrl());
    assertEquals("jdbc:postgresql://[::1]:5432/catalog",
        CatalogConfig.from(Map.of("POSTGRES_SERVER", "[::1]")).database().jdbcUrl());
    var error = assertThrows(ConfigError.class,
        () -> CatalogConfig.from(Map.of("POSTGRES_SERVER", "/var/run/postgresql")));
    assertTrue(error.getMessage().startsWith("POSTGRES_SERVER: "), error.getMessage());
  }

  /**
   * A host with its port, of the characters an IPv6 address has ("127.0.0.1:5432", "db:5432"), is not one:
   * it passed as IPv6 and failed at connect time as an unknown host (exit 3).
   */
  @ParameterizedTest
  @ValueSource(strings = {"127.0.0.1:5432", "db:5432", "localhost:5432", "1:2:3:4:5:6:7:8:9"})
  void postgresServerIsAHostWithoutItsPort(String server) {
    var error = assertThrows(ConfigError.class, () -> CatalogConfig.from(Map.of("POSTGRES_SERVER", server)));
    assertTrue(error.getMessage().startsWith("POSTGRES_SERVER: has host '" + server + "'"), error.getMessage());
    if (!server.startsWith("1:")) {
      assertTrue(error.getMessage().endsWith("give the port apart, in POSTGRES_PORT"), error.getMessage());
    }
    assertEquals("jdbc:postgresql://[fe80::1]:5432/catalog",
        CatalogConfig.from(Map.of("POSTGRES_SERVER", "fe80::1")).database().jdbcUrl());
    assertEquals("jdbc:postgresql://[::ffff:10.0.0.1]:5432/catalog",
        CatalogConfig.from(Map.of("POSTGRES_SERVER", "::ffff:10.0.0.1")).database().jdbcUrl());
  }

  /** A raw '/', '?' or '#' in a password cuts the URL in the wrong place; the error must not show the pieces. */
  @ParameterizedTest
  @ValueSource(strings = {"postgres://app:zq9/xw7@db.example.com/shop", "postgres://app:zq9?xw7@db.example.com/shop",
      "postgres://app:zq9#xw7@db.example.com/shop", "postgres://app?zq9:xw7@db.example.com/shop",
      "postgres://app:zq9&x?w7@db.example.com/shop", "postgres://db.example.com/shop?user=app&zq9:xw7"})
  void aPasswordCutShortIsRefusedWithoutShowingIt(String url) {
    var error = assertThrows(ConfigError.class, () -> withUrl(url));
    assertTrue(error.getMessage().startsWith("DATABASE_URL: "), error.getMessage());
    assertFalse(error.getMessage().contains("zq9"), error.getMessage());
    assertFalse(error.getMessage().contains("xw7"), error.getMessage());
  }

  @Test
  void anAtSignInAQueryValueIsStillAValue() {
    DatabaseSettings db = withUrl("postgres://db.example.com/shop?user=app&password=p@ss&sslmode=require");
    assertEquals("p@ss", db.password());
    assertEquals("jdbc:postgresql://db.example.com:5432/shop?sslmode=require", db.jdbcUrl());
  }

  /** pgjdbc refuses these only when it connects, as a failed connection; the start would say it cannot reach. */
  @ParameterizedTest
  @ValueSource(strings = {"sslmode=bogus", "sslmode=", "gssEncMode=always", "targetServerType=leader",
      "targetServerType=PRIMARY"})
  void aConnectionModeTheDriverDoesNotKnowIsAConfigurationError(String param) {
    var error = assertThrows(ConfigError.class, () -> withUrl("postgres://app:pw@db.example.com/shop?" + param));
    String name = param.substring(0, param.indexOf('='));
    assertTrue(error.getMessage().startsWith("DATABASE_URL: has " + param + "; it takes one of "),
        error.getMessage());
    assertTrue(error.getMessage().contains(name.equals("gssEncMode") ? "require" : name.equals("sslmode")
        ? "verify-full" : "preferSecondary"), error.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"sslmode=verify-full", "sslmode=REQUIRE", "sslmode=disable", "gssEncMode=disable",
      "targetServerType=preferSecondary", "targetServerType=master", "ssl=true"})
  void theModesTheDriverKnowsAreKept(String param) {
    assertEquals("jdbc:postgresql://db.example.com:5432/shop?" + param,
        withUrl("postgres://app:pw@db.example.com/shop?" + param).jdbcUrl());
  }

  /**
   * The other words pgjdbc reads when it connects: "autosave=bogus" failed the start with a 38-line stack
   * trace, "channelBinding=bogus" as a database it cannot reach. A negative fetch size too.
   */
  @ParameterizedTest
  @ValueSource(strings = {"autosave=bogus", "channelBinding=bogus", "preferQueryMode=fast", "readOnlyMode=never",
      "defaultRowFetchSize=-1"})
  void aWordTheDriverDoesNotKnowIsAConfigurationError(String param) {
    var error = assertThrows(ConfigError.class, () -> withUrl("postgres://app:pw@db.example.com/shop?" + param));
    assertTrue(error.getMessage().startsWith("DATABASE_URL: has " + param + "; it takes "), error.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"autosave=conservative", "autosave=ALWAYS", "channelBinding=require",
      "preferQueryMode=extendedCacheEverything", "requireAuth=scram-sha-256,password", "defaultRowFetchSize=0"})
  void theWordsTheDriverKnowsAreKept(String param) {
    assertEquals("jdbc:postgresql://db.example.com:5432/shop?" + param,
        withUrl("postgres://app:pw@db.example.com/shop?" + param).jdbcUrl());
  }

  /** pgjdbc reads its numbers when it connects, where "abc" failed the start with a stack trace. */
  @ParameterizedTest
  @ValueSource(strings = {"prepareThreshold=abc", "connectTimeout=abc", "socketTimeout=1.5", "loginTimeout=",
      "prepareThreshold=%205"})
  void aNumberTheDriverCannotReadIsAConfigurationError(String param) {
    var error = assertThrows(ConfigError.class, () -> withUrl("postgres://app:pw@db.example.com/shop?" + param));
    assertTrue(error.getMessage().startsWith("DATABASE_URL: has " + param.substring(0, param.indexOf('=')) + "="),
        error.getMessage());
    assertTrue(error.getMessage().endsWith("; it takes a whole number"), error.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"prepareThreshold=0", "prepareThreshold=-1", "connectTimeout=30", "socketTimeout=0"})
  void numbersTheDriverReadsAreKept(String param) {
    assertEquals("jdbc:postgresql://db.example.com:5432/shop?" + param,
        withUrl("postgres://app:pw@db.example.com/shop?" + param).jdbcUrl());
  }

  @Test
  void parametersTheDriverIgnoresAreNamedForAWarningAndKept() {
    var parsed = JdbcUrls.parse("DATABASE_URL",
        "postgres://app:pw@db.example.com/shop?sslmode=require&SSLMODE=require&application_name=x&connectTimeout=5"
            + "&password=pw&connect_timeout=3");
    assertEquals(java.util.List.of("SSLMODE", "application_name", "connect_timeout"), parsed.ignored());
    assertEquals("jdbc:postgresql://db.example.com:5432/shop?sslmode=require&SSLMODE=require&application_name=x"
        + "&connectTimeout=5&connect_timeout=3", parsed.jdbcUrl());
    assertEquals(java.util.List.of(), JdbcUrls.parse("DATABASE_URL", "postgres://db.example.com/shop").ignored());
  }
}
