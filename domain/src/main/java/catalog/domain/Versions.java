package catalog.domain;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/**
 * The versions of a product or classification that a change may apply to: any, or one of those a caller
 * names (an {@code If-Match} header may name several). A change to one at another version is a
 * {@link StaleVersion}.
 */
public record Versions(Set<Long> named) {
  /** No condition: the change applies to whatever version is stored. */
  public static final Versions ANY = new Versions(Set.of());

  public Versions {
    named = Set.copyOf(named);
  }

  /** Exactly these versions. */
  public static Versions of(long first, long... more) {
    return new Versions(LongStream.concat(LongStream.of(first), Arrays.stream(more)).boxed()
        .collect(Collectors.toUnmodifiableSet()));
  }

  public boolean allows(long version) {
    return named.isEmpty() || named.contains(version);
  }

  /** Throws {@link StaleVersion} for {@code what} unless its {@code current} version is allowed. */
  public void check(String what, long current) {
    if (!allows(current)) {
      throw new StaleVersion(what, this);
    }
  }

  /** "3", or "2, 3" in order; "any" for {@link #ANY}. */
  @Override
  public String toString() {
    return named.isEmpty() ? "any" : named.stream().sorted().map(String::valueOf).collect(Collectors.joining(", "));
  }
}
