package catalog.app.http;

import catalog.app.json.MergePatch;
import catalog.app.json.ProductJson;
import catalog.domain.NotFound;
import catalog.domain.Versions;
import catalog.domain.classification.Kind;
import catalog.domain.listing.Filter;
import catalog.domain.listing.FilterOptions;
import catalog.domain.listing.ProductPage;
import catalog.domain.product.ProductCommands;
import catalog.domain.product.ProductFields;
import catalog.domain.product.ProductPatch;
import catalog.domain.product.ProductView;
import catalog.domain.search.SearchHit;
import catalog.domain.search.SearchQuery;
import catalog.domain.search.SearchResult;
import catalog.domain.work.Transactions;
import catalog.domain.work.UnitOfWork;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code /v1/products}: add, read, merge-patch, discard, list, similarity search and filter options. */
final class ProductRoutes {
  private static final Logger LOG = LoggerFactory.getLogger(ProductRoutes.class);
  private static final Set<String> JSON = Set.of("application/json");
  private static final Set<String> PATCH_TYPES = Set.of("application/merge-patch+json", "application/json");

  private final Requests requests;
  private final Bodies bodies;
  private final ProductJson json;
  private final ListParams listParams;
  private final Cursors cursors;
  private final ProductCommands commands;
  private final Transactions transactions;
  private final ObjectMapper mapper;

  ProductRoutes(Requests requests, Bodies bodies, ObjectMapper mapper, Cursors cursors, ProductCommands commands,
      Transactions transactions) {
    this.requests = requests;
    this.bodies = bodies;
    this.json = new ProductJson(mapper);
    this.cursors = cursors;
    this.listParams = new ListParams(cursors);
    this.commands = commands;
    this.transactions = transactions;
    this.mapper = mapper;
  }

  void register(RoutesConfig routes) {
    routes.post("/v1/products", requests.scoped(this::add));
    Requests.get(routes, "/v1/products", requests.scoped(this::list));
    // Javalin matches routes in the order they are added: these two before /v1/products/{id}.
    Requests.get(routes, "/v1/products/search", requests.scoped(this::search));
    Requests.get(routes, "/v1/products/filter-options", requests.scoped(this::filterOptions));
    Requests.get(routes, "/v1/products/{id}", requests.scoped(this::get));
    routes.patch("/v1/products/{id}", requests.scoped(this::patch));
    routes.delete("/v1/products/{id}", requests.scoped(this::discard));
  }

  private void add(Context ctx, UnitOfWork uow) throws IOException {
    Requests.onlyQueryKeys(ctx, Set.of());
    ProductFields fields = json.read(bodies.object(ctx, JSON));
    ProductView view = transactions.run(uow, u -> commands.add(u, fields));
    ctx.status(201).header("Location", "/v1/products/" + view.id());
    respond(ctx, view);
  }

  private void get(Context ctx, UnitOfWork uow) throws IOException {
    Requests.onlyQueryKeys(ctx, Set.of());
    UUID id = Requests.id(ctx);
    ProductView view = transactions.run(uow, u -> u.productReads().find(id))
        .orElseThrow(() -> new NotFound("product " + id));
    respond(ctx, view);
  }

  private void patch(Context ctx, UnitOfWork uow) throws IOException {
    Requests.onlyQueryKeys(ctx, Set.of());
    UUID id = Requests.id(ctx);
    Versions expected = Requests.conditions(ctx);
    ObjectNode body = bodies.object(ctx, PATCH_TYPES);
    json.checkPatchKeys(body);
    ProductPatch patch = current -> json.read(MergePatch.apply(json.writable(current), body));
    ProductView view = transactions.run(uow, u -> commands.update(u, id, patch, expected));
    respond(ctx, view);
  }

  private void discard(Context ctx, UnitOfWork uow) {
    Requests.onlyQueryKeys(ctx, Set.of());
    UUID id = Requests.id(ctx);
    Versions expected = Requests.conditions(ctx);
    transactions.run(uow, u -> {
      commands.discard(u, id, expected);
      return null;
    });
    ctx.status(204);
  }

  private void list(Context ctx, UnitOfWork uow) throws Exception {
    ListParams.Parsed parsed = listParams.parse(QueryStrings.params(ctx));
    ProductPage page = transactions.run(uow, u -> u.productReads().list(parsed.query()));
    String next = page.next() == null ? null
        : cursors.encode(page.next(), parsed.query().sort(), parsed.context());
    sendJson(ctx, page.items().size(), g -> {
      g.writeStartObject();
      g.writeArrayFieldStart("data");
      for (ProductView v : page.items()) {
        json.write(g, v, null);
      }
      g.writeEndArray();
      g.writeObjectFieldStart("page");
      g.writeNumberField("limit", parsed.query().limit());
      g.writeStringField("next_cursor", next);
      if (page.total() != null) {
        g.writeNumberField("total", page.total());
      }
      g.writeEndObject();
      g.writeEndObject();
    });
  }

  private void search(Context ctx, UnitOfWork uow) throws Exception {
    SearchQuery query = SearchParams.parse(QueryStrings.params(ctx));
    SearchResult result = transactions.run(uow, u -> u.productReads().search(query));
    sendJson(ctx, result.hits().size(), g -> {
      g.writeStartObject();
      g.writeArrayFieldStart("data");
      for (SearchHit h : result.hits()) {
        json.write(g, h.product(), h.similarity());
      }
      g.writeEndArray();
      g.writeStringField("corrected_query", result.corrected());
      g.writeEndObject();
    });
  }

  private void filterOptions(Context ctx, UnitOfWork uow) {
    List<Filter> filters = ListParams.filtersOnly(QueryStrings.params(ctx));
    FilterOptions options = transactions.run(uow, u -> u.productReads().filterOptions(filters));
    ObjectNode out = mapper.createObjectNode();
    for (Kind level : FilterOptions.LEVELS) {
      ArrayNode names = out.putArray(level.key());
      options.of(level).forEach(names::add);
    }
    ctx.json(out);
  }

  /** How a response body is written: straight onto a JSON generator, with no tree of nodes built first. */
  @FunctionalInterface
  private interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  /**
   * Writes the body into a buffer first (an error while writing still gets a clean problem response), then
   * writes it as UTF-8 bytes in one piece onto the response's stream (ctx.json would make a String first,
   * and ctx.result would copy it once more through a 32 KB buffer of its own, 30 % of what a list
   * request allocated, by JFR). The buffer starts at about the size a body of {@code products} products
   * takes (1.5 to 2 KB each), so it is seldom regrown. Javalin's stream still compresses when the client
   * asks.
   */
  private void sendJson(Context ctx, int products, Body body) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024 + products * 2048);
    try (JsonGenerator g = mapper.createGenerator(bytes)) {
      body.write(g);
    }
    ctx.contentType("application/json");
    try {
      bytes.writeTo(ctx.outputStream());
    } catch (IOException e) {
      LOG.debug("the client of {} {} went away before its answer was written", ctx.method(), ctx.path(), e);
    }
  }

  private void respond(Context ctx, ProductView view) throws IOException {
    ctx.header("ETag", Requests.etag(view.version()));
    sendJson(ctx, 1, g -> json.write(g, view, null));
  }
}
