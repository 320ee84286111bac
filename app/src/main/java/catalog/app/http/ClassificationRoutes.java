package catalog.app.http;

import catalog.app.json.JsonFields;
import catalog.domain.NotFound;
import catalog.domain.Versions;
import catalog.domain.classification.Classification;
import catalog.domain.classification.ClassificationCommands;
import catalog.domain.classification.ClassificationName;
import catalog.domain.classification.Kind;
import catalog.domain.work.Transactions;
import catalog.domain.work.UnitOfWork;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** {@code /v1/{kind}} for the six classification kinds: list, add, read, rename, discard. */
final class ClassificationRoutes {
  private static final Set<String> JSON = Set.of("application/json");
  private static final Set<String> PATCH_TYPES = Set.of("application/merge-patch+json", "application/json");
  private static final Set<String> WRITABLE = Set.of("name");

  private final Requests requests;
  private final Bodies bodies;
  private final ObjectMapper mapper;
  private final ClassificationCommands commands;
  private final Transactions transactions;

  ClassificationRoutes(Requests requests, Bodies bodies, ObjectMapper mapper, ClassificationCommands commands,
      Transactions transactions) {
    this.requests = requests;
    this.bodies = bodies;
    this.mapper = mapper;
    this.commands = commands;
    this.transactions = transactions;
  }

  void register(RoutesConfig routes) {
    for (Kind kind : Kind.values()) {
      String base = "/v1/" + kind.plural();
      Requests.get(routes, base, requests.scoped((ctx, uow) -> list(ctx, uow, kind)));
      routes.post(base, requests.scoped((ctx, uow) -> add(ctx, uow, kind)));
      Requests.get(routes, base + "/{id}", requests.scoped((ctx, uow) -> get(ctx, uow, kind)));
      routes.patch(base + "/{id}", requests.scoped((ctx, uow) -> rename(ctx, uow, kind)));
      routes.delete(base + "/{id}", requests.scoped((ctx, uow) -> discard(ctx, uow, kind)));
    }
  }

  private void list(Context ctx, UnitOfWork uow, Kind kind) {
    Requests.onlyQueryKeys(ctx, Set.of());
    List<Classification> all = transactions.run(uow, u -> u.classifications().list(kind));
    ObjectNode out = mapper.createObjectNode();
    ArrayNode data = out.putArray("data");
    all.forEach(c -> data.add(view(c)));
    ctx.json(out);
  }

  private void add(Context ctx, UnitOfWork uow, Kind kind) {
    Requests.onlyQueryKeys(ctx, Set.of());
    ClassificationName name = name(bodies.object(ctx, JSON));
    Classification created = transactions.run(uow, u -> commands.add(u, kind, name));
    ctx.status(201).header("Location", "/v1/" + kind.plural() + "/" + created.id());
    respond(ctx, created);
  }

  private void get(Context ctx, UnitOfWork uow, Kind kind) {
    Requests.onlyQueryKeys(ctx, Set.of());
    UUID id = Requests.id(ctx);
    Classification found = transactions.run(uow, u -> u.classifications().find(kind, id))
        .orElseThrow(() -> new NotFound(kind.key() + " " + id));
    respond(ctx, found);
  }

  private void rename(Context ctx, UnitOfWork uow, Kind kind) {
    Requests.onlyQueryKeys(ctx, Set.of());
    UUID id = Requests.id(ctx);
    Versions expected = Requests.conditions(ctx);
    ClassificationName name = name(bodies.object(ctx, PATCH_TYPES));
    Classification saved = transactions.run(uow, u -> commands.rename(u, kind, id, name, expected));
    respond(ctx, saved);
  }

  private void discard(Context ctx, UnitOfWork uow, Kind kind) {
    Requests.onlyQueryKeys(ctx, Set.of());
    UUID id = Requests.id(ctx);
    Versions expected = Requests.conditions(ctx);
    transactions.run(uow, u -> {
      commands.discard(u, kind, id, expected);
      return null;
    });
    ctx.status(204);
  }

  private static ClassificationName name(ObjectNode body) {
    JsonFields in = JsonFields.of(body, WRITABLE);
    String name = in.text("name");
    in.done();
    return new ClassificationName(name);
  }

  private void respond(Context ctx, Classification c) {
    ctx.header("ETag", Requests.etag(c.version()));
    ctx.json(view(c));
  }

  private ObjectNode view(Classification c) {
    ObjectNode out = mapper.createObjectNode();
    out.put("id", c.id().toString());
    out.put("name", c.name().value());
    out.put("version", c.version());
    out.put("discarded", c.discarded());
    out.put("created_at", c.createdAt().toString());
    out.put("updated_at", c.updatedAt().toString());
    return out;
  }
}
