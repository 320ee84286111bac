package catalog.domain.classification;

import catalog.domain.NotFound;
import catalog.domain.StaleVersion;
import catalog.domain.work.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.OptionalLong;
import java.util.UUID;

/** Use cases that change classifications; each commits its unit of work. */
public final class ClassificationCommands {
  private final Clock clock;

  public ClassificationCommands(Clock clock) {
    this.clock = clock;
  }

  public Classification add(UnitOfWork uow, Kind kind, ClassificationName name) {
    Classification created = Classification.create(kind, name, now());
    uow.classifications().add(created);
    uow.commit();
    return created;
  }

  public Classification rename(
      UnitOfWork uow, Kind kind, UUID id, ClassificationName name, OptionalLong expectedVersion) {
    Classification current = live(uow, kind, id);
    checkVersion(kind, current, expectedVersion);
    if (current.name().value().equals(name.value())) {
      return current;
    }
    Classification saved = uow.classifications().update(current.renamed(name, now()));
    uow.commit();
    return saved;
  }

  public void discard(UnitOfWork uow, Kind kind, UUID id, OptionalLong expectedVersion) {
    Classification current = uow.classifications().find(kind, id)
        .orElseThrow(() -> new NotFound(kind.key() + " " + id));
    checkVersion(kind, current, expectedVersion);
    if (current.discarded()) {
      return;
    }
    uow.classifications().update(current.discard(now()));
    uow.commit();
  }

  private static Classification live(UnitOfWork uow, Kind kind, UUID id) {
    return uow.classifications().find(kind, id)
        .filter(c -> !c.discarded())
        .orElseThrow(() -> new NotFound(kind.key() + " " + id));
  }

  private static void checkVersion(Kind kind, Classification current, OptionalLong expected) {
    if (expected.isPresent() && expected.getAsLong() != current.version()) {
      throw new StaleVersion(kind.key() + " " + current.id(), expected.getAsLong());
    }
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
