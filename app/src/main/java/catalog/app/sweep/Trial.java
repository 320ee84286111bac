package catalog.app.sweep;

import java.time.Instant;

/** One measured trial: what ran, when, on how loaded a machine, and what client, service and database saw. */
public record Trial(
    TrialSpec spec, String workload, Instant started, int clients, LoadAverage load,
    ClientFigures client, ServerFigures server, DatabaseFigures database) {

  /** Connections busy by Little's law: throughput times mean connection usage time. */
  public double busyConnections() {
    return client.okRps() * server.usageMeanMs() / 1000;
  }

  /**
   * Requests inside the service by Little's law: throughput times the service's own mean time per
   * request (at most the client count). For pgbench, its transactions times their mean latency.
   */
  public double inFlight() {
    double meanMs = Double.isFinite(server.httpMeanMs()) ? server.httpMeanMs()
        : spec.kind() == Kind.PGBENCH ? client.meanMs() : Double.NaN;
    return client.rps() * meanMs / 1000;
  }
}
