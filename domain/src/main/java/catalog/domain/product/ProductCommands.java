package catalog.domain.product;

import catalog.domain.Conflict;
import catalog.domain.FieldError;
import catalog.domain.InvalidInput;
import catalog.domain.NotFound;
import catalog.domain.Versions;
import catalog.domain.classification.Kind;
import catalog.domain.work.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Use cases that change products; each commits its unit of work and returns the stored view. */
public final class ProductCommands {
  private final Clock clock;

  public ProductCommands(Clock clock) {
    this.clock = clock;
  }

  public ProductView add(UnitOfWork uow, ProductFields fields) {
    checkReferences(uow, fields.classifications());
    Product product = Product.create(fields, now());
    uow.products().add(product);
    return viewAndCommit(uow, product.id());
  }

  public ProductView update(UnitOfWork uow, UUID id, ProductPatch patch, Versions expected) {
    Product current = uow.products().find(id).orElseThrow(() -> new NotFound("product " + id));
    expected.check("product " + id, current.version());
    if (current.discarded()) {
      throw new Conflict("product " + id + " is discarded and cannot be changed");
    }
    ProductFields changed = patch.applyTo(current.fields());
    if (changed.equals(current.fields())) {
      return uow.productReads().find(id).orElseThrow(() -> new NotFound("product " + id));
    }
    checkReferences(uow, changedReferences(current.fields(), changed));
    uow.products().update(current.withFields(changed, now()));
    return viewAndCommit(uow, id);
  }

  public void discard(UnitOfWork uow, UUID id, Versions expected) {
    Product current = uow.products().find(id).orElseThrow(() -> new NotFound("product " + id));
    expected.check("product " + id, current.version());
    if (current.discarded()) {
      return;
    }
    uow.products().update(current.discard(now()));
    uow.commit();
  }

  private ProductView viewAndCommit(UnitOfWork uow, UUID id) {
    ProductView view = uow.productReads().find(id).orElseThrow(() -> new NotFound("product " + id));
    uow.commit();
    return view;
  }

  /**
   * References an update sets anew; those it keeps are not re-checked, so a product whose brand was
   * discarded later can still be edited.
   */
  private static Map<Kind, UUID> changedReferences(ProductFields before, ProductFields after) {
    Map<Kind, UUID> changed = new EnumMap<>(Kind.class);
    after.classifications().forEach((kind, id) -> {
      if (!id.equals(before.classifications().get(kind))) {
        changed.put(kind, id);
      }
    });
    return changed;
  }

  /** Every referenced classification must exist, be live and be of the right kind. */
  private static void checkReferences(UnitOfWork uow, Map<Kind, UUID> references) {
    List<FieldError> errors = new ArrayList<>();
    references.forEach((kind, id) -> {
      boolean live = uow.classifications().find(kind, id).filter(c -> !c.discarded()).isPresent();
      if (!live) {
        errors.add(new FieldError(kind.idField(), "no live " + label(kind) + " has id " + id));
      }
    });
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
  }

  private static String label(Kind kind) {
    return kind.key().replace('_', ' ');
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
