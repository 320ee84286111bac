package catalog.infra.config;

/** Listen address of the HTTP server; port 0 picks a free one. */
public record HttpSettings(String host, int port) {}
