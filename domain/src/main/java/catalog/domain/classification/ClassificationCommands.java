package catalog.domain.classification;

import catalog.domain.Conflict;
import catalog.domain.NotFound;
import catalog.domain.Versions;
import catalog.domain.work.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
      UnitOfWork uow, Kind kind, UUID id, ClassificationName name, Versions expected) {
    Classification current = uow.classifications().find(kind, id)
        .orElseThrow(() -> new NotFound(kind.key() + " " + id));
    expected.check(kind.key() + " " + id, current.version());
    if (current.discarded()) {
      // As a discarded product: it is still there to read (GET answers it), so not a 404.
      throw new Conflict(kind.key() + " " + id + " is discarded and cannot be renamed");
    }
    if (current.name().value().equals(name.value())) {
      return current;
    }
    Classification saved = uow.classifications().update(current.renamed(name, now()));
    uow.commit();
    return saved;
  }

  public void discard(UnitOfWork uow, Kind kind, UUID id, Versions expected) {
    Classification current = uow.classifications().find(kind, id)
        .orElseThrow(() -> new NotFound(kind.key() + " " + id));
    expected.check(kind.key() + " " + id, current.version());
    if (current.discarded()) {
      return;
    }
    uow.classifications().update(current.discard(now()));
    uow.commit();
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
