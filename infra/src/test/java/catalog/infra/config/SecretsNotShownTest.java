package catalog.infra.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Settings may be logged: their text never carries a password, an API key or the admin token. */
class SecretsNotShownTest {
  private static final String PASSWORD = "pw-Very-Secret-42";
  private static final String KEY_1 = "key-aaaaaaaaaaaaaaaa-1";
  private static final String KEY_2 = "key-bbbbbbbbbbbbbbbb-2";
  private static final String ADMIN = "admin-cccccccccccccccc";

  @Test
  void passwordFromTheUrlIsMasked() {
    CatalogConfig config = CatalogConfig.from(Map.of(
        "DATABASE_URL", "postgres://app:" + PASSWORD + "@db.example.com/shop"));
    assertHidden(config.database().toString(), PASSWORD);
    assertTrue(config.database().toString().contains("password=***"), config.database().toString());
    assertHidden(config.toString(), PASSWORD);
  }

  @Test
  void passwordFromPostgresPasswordIsMasked() {
    CatalogConfig config = CatalogConfig.from(Map.of("POSTGRES_PASSWORD", PASSWORD));
    assertHidden(config.database().toString(), PASSWORD);
    assertHidden(config.toString(), PASSWORD);
  }

  @Test
  void settingsDerivedForAnotherDatabaseStillMaskThePassword() {
    DatabaseSettings db = CatalogConfig.from(Map.of("POSTGRES_PASSWORD", PASSWORD)).database();
    assertHidden(db.withDatabase("postgres").toString(), PASSWORD);
  }

  @Test
  void apiKeysAndAdminTokenAreNotShown() {
    CatalogConfig config = CatalogConfig.from(Map.of(
        "CATALOG_API_KEYS", KEY_1 + "," + KEY_2, "CATALOG_ADMIN_TOKEN", ADMIN));
    for (String text : new String[] {config.auth().toString(), config.toString()}) {
      assertHidden(text, KEY_1);
      assertHidden(text, KEY_2);
      assertHidden(text, ADMIN);
    }
    assertTrue(config.auth().toString().contains("2 configured"), config.auth().toString());
  }

  @Test
  void aRefusedKeyIsNotEchoedInTheError() {
    String shortKey = "tiny-secret";
    ConfigError error = assertThrows(ConfigError.class,
        () -> CatalogConfig.from(Map.of("CATALOG_API_KEYS", KEY_1 + "," + shortKey)));
    assertHidden(error.getMessage(), shortKey);
    assertHidden(error.getMessage(), KEY_1);
    ConfigError admin = assertThrows(ConfigError.class,
        () -> CatalogConfig.from(Map.of("CATALOG_ADMIN_TOKEN", shortKey)));
    assertHidden(admin.getMessage(), shortKey);
  }

  private static void assertHidden(String text, String secret) {
    assertFalse(text.contains(secret), () -> "'" + secret + "' shown in: " + text);
  }
}
