package catalog.infra.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** Typed reads of environment variables, each failure naming the variable and the accepted values. */
final class EnvReader {
  private final Map<String, String> env;

  EnvReader(Map<String, String> env) {
    this.env = env;
  }

  Optional<String> optional(String name) {
    String value = env.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  String string(String name, String fallback) {
    return optional(name).orElse(fallback);
  }

  /** Like {@link #string} but keeps an explicitly empty value (a password may be empty). */
  String raw(String name, String fallback) {
    String value = env.get(name);
    return value == null ? fallback : value;
  }

  int integer(String name, int fallback, int min, int max) {
    return optionalInteger(name, min, max).orElse(fallback);
  }

  /** A whole number from {@code min} to {@code max}, or empty when the variable is unset. */
  OptionalInt optionalInteger(String name, int min, int max) {
    Optional<String> value = optional(name);
    if (value.isEmpty()) {
      return OptionalInt.empty();
    }
    try {
      if (!value.get().matches("-?[0-9]+")) {
        throw new NumberFormatException("not ASCII digits");
      }
      int parsed = Integer.parseInt(value.get());
      if (parsed < min || parsed > max) {
        throw new ConfigError(name, "must be a whole number from " + min + " to " + max
            + " (got " + value.get() + ")");
      }
      return OptionalInt.of(parsed);
    } catch (NumberFormatException e) {
      throw new ConfigError(name, "must be a whole number from " + min + " to " + max
          + " (got '" + value.get() + "')");
    }
  }

  boolean bool(String name, boolean fallback) {
    Optional<String> value = optional(name);
    if (value.isEmpty()) {
      return fallback;
    }
    return switch (value.get().toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes", "on" -> true;
      case "false", "0", "no", "off" -> false;
      default -> throw new ConfigError(name, "must be true or false (or 1/0, yes/no, on/off; got '" + value.get() + "')");
    };
  }

  <E extends Enum<E>> E choice(String name, E fallback, Class<E> type) {
    Optional<String> value = optional(name);
    if (value.isEmpty()) {
      return fallback;
    }
    String wanted = value.get().toUpperCase(Locale.ROOT);
    return Arrays.stream(type.getEnumConstants())
        .filter(c -> c.name().equals(wanted))
        .findFirst()
        .orElseThrow(() -> new ConfigError(name, "must be one of "
            + String.join(", ", Arrays.stream(type.getEnumConstants())
                .map(c -> c.name().toLowerCase(Locale.ROOT)).toList())
            + " (got '" + value.get() + "')"));
  }
}
