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

  /** Requests in flight by Little's law: throughput times mean latency (close to the client count when sound). */
  public double inFlight() {
    return client.rps() * client.meanMs() / 1000;
  }
}
