package catalog.infra.config;

/** A configuration value that cannot be used; the message names the variable and what it accepts. */
public final class ConfigError extends RuntimeException {
  public ConfigError(String variable, String problem) {
    super(variable + ": " + problem);
  }
}
