package catalog.app.sweep;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Whole seconds or minutes as wrk takes them: {@code 10s}, {@code 2m}, or a bare number of seconds. */
final class DurationOption implements ITypeConverter<Duration> {
  private static final Pattern FORM = Pattern.compile("(\\d+)(s|m)?");

  @Override
  public Duration convert(String value) {
    Matcher m = FORM.matcher(value.strip());
    if (!m.matches()) {
      throw new TypeConversionException("'" + value + "' is not a duration such as 10s or 2m (whole seconds or minutes)");
    }
    long n = Long.parseLong(m.group(1));
    return "m".equals(m.group(2)) ? Duration.ofMinutes(n) : Duration.ofSeconds(n);
  }
}
