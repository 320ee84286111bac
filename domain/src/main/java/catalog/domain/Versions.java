package catalog.domain;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/**
 * The versions of a product or classification that a change may apply to: any, or one of those a caller
 * names (an {@code If-Match} header may name several), less those it refuses (an {@code If-None-Match}
 * header: some versions, or every one). A change to one at another version is a {@link StaleVersion}.
 */
public record Versions(Set<Long> named, Set<Long> refused, boolean refusesAll) {
  /** No condition: the change applies to whatever version is stored. */
  public static final Versions ANY = new Versions(Set.of());

  public Versions {
    named = Set.copyOf(named);
    refused = Set.copyOf(refused);
  }

  /** One of {@code named}, or any when it is empty. */
  public Versions(Set<Long> named) {
    this(named, Set.of(), false);
  }

  /** Exactly these versions. */
  public static Versions of(long first, long... more) {
    return new Versions(LongStream.concat(LongStream.of(first), Arrays.stream(more)).boxed()
        .collect(Collectors.toUnmodifiableSet()));
  }

  /** These, but none of {@code versions}. */
  public Versions except(Set<Long> versions) {
    Set<Long> all = new HashSet<>(refused);
    all.addAll(versions);
    return new Versions(named, all, refusesAll);
  }

  /** None at all: the change applies only to something that is not there, so never to a stored one. */
  public Versions exceptAll() {
    return new Versions(named, refused, true);
  }

  public boolean allows(long version) {
    return (named.isEmpty() || named.contains(version)) && !refuses(version);
  }

  private boolean refuses(long version) {
    return refusesAll || refused.contains(version);
  }

  /**
   * Throws {@link StaleVersion} for {@code what} unless its {@code current} version is allowed: first
   * whether it is one of those named, then whether it is refused.
   */
  public void check(String what, long current) {
    if (!named.isEmpty() && !named.contains(current)) {
      throw new StaleVersion(what, this);
    }
    if (refuses(current)) {
      throw StaleVersion.refused(what, this, current);
    }
  }

  /** "3", or "2, 3" in order; "any" when none is named. */
  @Override
  public String toString() {
    return named.isEmpty() ? "any" : named.stream().sorted().map(String::valueOf).collect(Collectors.joining(", "));
  }
}
