package catalog.app.http;

import catalog.infra.config.AuthSettings;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/** The bearer keys allowed to write, compared in constant time; one is generated when none is configured. */
public final class ApiKeys {
  private final List<byte[]> digests;
  private final String generated;

  private ApiKeys(List<String> keys, String generated) {
    this.digests = keys.stream().map(ApiKeys::sha256).toList();
    this.generated = generated;
  }

  public static ApiKeys from(AuthSettings auth) {
    if (!auth.apiKeys().isEmpty()) {
      return new ApiKeys(auth.apiKeys(), null);
    }
    byte[] random = new byte[24];
    new SecureRandom().nextBytes(random);
    String key = "cat_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    return new ApiKeys(List.of(key), key);
  }

  /** The key made at start when CATALOG_API_KEYS was unset (to be logged once). */
  public Optional<String> generated() {
    return Optional.ofNullable(generated);
  }

  /** Compares against every key, hashing first so neither content nor length leaks through timing. */
  public boolean allows(String token) {
    byte[] given = sha256(token);
    boolean match = false;
    for (byte[] digest : digests) {
      match |= MessageDigest.isEqual(digest, given);
    }
    return match;
  }

  static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
