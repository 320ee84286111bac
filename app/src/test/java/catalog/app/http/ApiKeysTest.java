package catalog.app.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import catalog.infra.config.AuthSettings;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which bearer tokens may write, and the key generated when none is configured. */
class ApiKeysTest {
  private static final String ONE = "first-key-0123456789";
  private static final String TWO = "second-key-0123456789";

  @Test
  void configuredKeysAreAllowedAndNothingElse() {
    ApiKeys keys = ApiKeys.from(new AuthSettings(List.of(ONE, TWO), Optional.empty()));
    assertTrue(keys.generated().isEmpty());
    assertTrue(keys.allows(ONE));
    assertTrue(keys.allows(TWO));
    assertFalse(keys.allows(""));
    assertFalse(keys.allows("first-key"));
    assertFalse(keys.allows(ONE + "x"));
    assertFalse(keys.allows(ONE.toUpperCase()));
    assertFalse(keys.allows(" " + ONE));
  }

  @Test
  void aKeyIsGeneratedWhenNoneIsConfigured() {
    ApiKeys keys = ApiKeys.from(new AuthSettings(List.of(), Optional.empty()));
    String generated = keys.generated().orElseThrow();
    assertTrue(generated.startsWith("cat_"), generated);
    assertTrue(generated.length() >= 32, generated);
    assertTrue(generated.matches("cat_[A-Za-z0-9_-]+"), generated);
    assertTrue(keys.allows(generated));
    assertFalse(keys.allows(ONE));
    assertFalse(keys.allows("cat_"));
    assertFalse(keys.allows(generated.substring(0, generated.length() - 1)));
  }

  @Test
  void everyStartGeneratesAnotherKey() {
    String a = ApiKeys.from(new AuthSettings(List.of(), Optional.empty())).generated().orElseThrow();
    String b = ApiKeys.from(new AuthSettings(List.of(), Optional.empty())).generated().orElseThrow();
    assertNotEquals(a, b);
    assertFalse(ApiKeys.from(new AuthSettings(List.of(), Optional.empty())).allows(a));
  }

  @Test
  void theBearerTokenIsReadFromTheHeader() {
    assertEquals(ONE, BearerAuth.bearer("Bearer " + ONE));
    assertEquals(ONE, BearerAuth.bearer("bearer " + ONE));
    assertEquals(ONE, BearerAuth.bearer("Bearer   " + ONE + "  "));
    assertNull(BearerAuth.bearer(null));
    assertNull(BearerAuth.bearer("Bearer "));
    assertNull(BearerAuth.bearer("Bearer    "));
    assertNull(BearerAuth.bearer("Basic " + ONE));
    assertNull(BearerAuth.bearer(ONE));
  }
}
