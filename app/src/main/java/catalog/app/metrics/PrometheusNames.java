package catalog.app.metrics;

import com.sun.management.OperatingSystemMXBean;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * Keeps the exposition clean for {@code promtool check metrics}: Micrometer's {@code process.cpu.time}
 * counts nanoseconds and {@code system.cpu.count} ends in a suffix Prometheus reserves for
 * histograms, so the first becomes the conventional {@code process_cpu_seconds_total} and the second
 * {@code system_cpus}. Micrometer's {@code JvmCompilationMetrics} counts milliseconds, so the JIT's time is
 * bound here instead, in seconds.
 */
final class PrometheusNames {
  private PrometheusNames() {}

  static void apply(MeterRegistry registry) {
    registry.config()
        .meterFilter(MeterFilter.denyNameStartsWith("process.cpu.time"))
        .meterFilter(new MeterFilter() {
          @Override
          public Meter.Id map(Meter.Id id) {
            return id.getName().equals("system.cpu.count") ? id.withName("system.cpus") : id;
          }
        });
  }

  /** CPU time the process used, in seconds, where the JVM can tell. */
  static void processCpuSeconds(MeterRegistry registry) {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os) {
      FunctionCounter.builder("process.cpu", os, b -> b.getProcessCpuTime() / 1e9)
          .baseUnit("seconds")
          .description("CPU time used by the process")
          .register(registry);
    }
  }

  /**
   * Time the JIT compilers have spent, in seconds, where the JVM can tell: while it still rises under a
   * steady load the service is not yet warm ({@code scripts/bench-queries} waits for it to level off).
   */
  static void jitCompilationSeconds(MeterRegistry registry) {
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    if (jit != null && jit.isCompilationTimeMonitoringSupported()) {
      FunctionCounter.builder("jvm.compilation", jit, b -> b.getTotalCompilationTime() / 1e3)
          .baseUnit("seconds")
          .description("Time the JIT compilers have spent compiling")
          .register(registry);
    }
  }
}
