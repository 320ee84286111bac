package catalog.infra.config;

import java.util.List;
import java.util.Optional;

/** Bearer tokens: API keys that may write, and the admin token (admin endpoints are off without one). */
public record AuthSettings(List<String> apiKeys, Optional<String> adminToken) {
  public AuthSettings {
    apiKeys = List.copyOf(apiKeys);
  }

  @Override
  public String toString() {
    return "AuthSettings[apiKeys=" + apiKeys.size() + " configured, adminToken="
        + (adminToken.isPresent() ? "set" : "unset") + "]";
  }
}
