package catalog.app.http;

import catalog.app.importing.ImportFormat;
import catalog.app.importing.ImportInputs;
import catalog.app.json.ImportReportJson;
import catalog.domain.importing.ImportMode;
import catalog.domain.importing.ImportReport;
import catalog.domain.importing.ProductImport;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code POST /v1/products/import}: NDJSON or CSV, streamed from the request body into the bulk
 * importer; answers the report (200), or 422 with the report when an atomic import kept nothing.
 */
final class ImportRoutes {
  static final String ATOMIC = "atomic";

  private final ProductImport importer;
  private final ImportInputs inputs;
  private final ObjectMapper mapper;

  ImportRoutes(ProductImport importer, ObjectMapper mapper) {
    this.importer = importer;
    this.inputs = new ImportInputs(mapper);
    this.mapper = mapper;
  }

  void register(RoutesConfig routes) {
    routes.post("/v1/products/import", this::importProducts);
  }

  private void importProducts(Context ctx) throws IOException {
    Requests.onlyQueryKeys(ctx, Set.of(ATOMIC));
    ImportMode mode = mode(QueryStrings.params(ctx).getOrDefault(ATOMIC, List.of()));
    String contentType = ctx.header("Content-Type");
    ImportFormat format = ImportFormat.fromContentType(contentType)
        .orElseThrow(() -> HttpProblem.unsupportedMediaType(contentType, ImportFormat.mediaTypes()));
    Bodies.refuseContentEncoding(ctx);
    ImportReport report = importer.run(inputs.open(format, ctx.req().getInputStream()), mode);
    if (report.rolledBack()) {
      throw new ImportRejected(report);
    }
    ctx.json(ImportReportJson.write(report, mapper.createObjectNode()));
  }

  private static ImportMode mode(List<String> given) {
    if (given.isEmpty()) {
      return ImportMode.EACH_ROW;
    }
    if (given.size() > 1) {
      throw HttpProblem.badRequest(ATOMIC, "is given more than once");
    }
    return switch (given.get(0).toLowerCase(Locale.ROOT)) {
      case "true" -> ImportMode.ATOMIC;
      case "false" -> ImportMode.EACH_ROW;
      default -> throw HttpProblem.badRequest(ATOMIC, "must be true or false, not '" + given.get(0) + "'");
    };
  }
}
