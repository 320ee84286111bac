package catalog.infra.config;

/** {@code hikari}: a HikariCP pool; {@code none}: a new physical connection per unit of work (NullPool). */
public enum PoolMode {
  HIKARI,
  NONE;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
