package catalog.app.sweep;

/**
 * PostgreSQL's view of one trial window for the measured database: transactions committed and
 * rolled back ({@code pg_stat_database} deltas; reads roll back, so both count), their rate, and
 * backends sampled from {@code pg_stat_activity} (executing a statement, and connected).
 */
public record DatabaseFigures(
    long commits, long rollbacks, double tps, double activeMean, int activePeak, int backendsPeak) {

  public static final DatabaseFigures NONE = new DatabaseFigures(-1, -1, Double.NaN, Double.NaN, -1, -1);
}
