package catalog.domain.product;

import java.util.UUID;

/** A classification as a product shows it: id and name. */
public record ClassificationRef(UUID id, String name) {}
