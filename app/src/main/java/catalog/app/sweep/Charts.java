package catalog.app.sweep;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.general.DatasetUtils;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The PNG charts, rendered server-side with JFreeChart (LGPL): throughput and p99 against pool size
 * (one line per client count, bars from min to max of the trials, the pgbench ceiling and the no-pool
 * service as dashed reference lines), acquire wait, and busy connections by Little's law.
 */
final class Charts {
  static final int WIDTH = 900;
  static final int HEIGHT = 500;
  private static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
      new Color(0x9467bd), new Color(0xff7f0e), new Color(0x17becf)};
  /** A reference line this many times above the highest point makes the y axis logarithmic. */
  static final double LOG_ABOVE = 2.5;
  private static final Font FONT = new Font("DejaVu Sans", Font.PLAIN, 12);

  private Charts() {}

  /** Writes the charts into {@code dir}; returns file name to title, in order (empty when nothing was measured). */
  static Map<String, String> render(Path dir, SweepResult r) {
    System.setProperty("java.awt.headless", "true");
    // ImageIO's disk cache asks for its temporary file to be deleted on exit, which throws while the JVM shuts
    // down: an interrupted sweep's charts (written by its shutdown hook) failed, and its report with them.
    ImageIO.setUseCache(false);
    Map<String, String> written = new LinkedHashMap<>();
    if (r.summaries().stream().noneMatch(s -> s.point().kind() == Kind.HIKARI)) {
      return written;
    }
    save(dir, "throughput.png", "Throughput (req/s, not 5xx) against pool size", written,
        chart(r, "req/s", s -> s.okRps(), true));
    P99Basis basis = r.plan().ruleP99();
    save(dir, "latency-p99.png", (basis == P99Basis.SERVER ? "Server p99 (ms, the service's own time per request)"
        : "wrk p99 (ms)") + " against pool size", written, chart(r, basis.label() + " p99 (ms)", basis::of, false));
    save(dir, "acquire-wait.png", "Connection acquire wait (mean, ms) against pool size", written,
        chart(r, "acquire wait, mean (ms)", s -> point(s.acquireMeanMs()), false));
    save(dir, "busy-connections.png", "Busy connections by Little's law (req/s x usage time) against pool size",
        written, busy(r));
    return written;
  }

  private static JFreeChart chart(SweepResult r, String yLabel, Function<PointSummary, Spread> figure,
      boolean references) {
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    List<Integer> concurrencies = concurrencies(r);
    for (int c : concurrencies) {
      YIntervalSeries series = new YIntervalSeries(c + " clients");
      for (PointSummary s : hikari(r, c)) {
        Spread v = figure.apply(s);
        if (v.count() > 0) {
          series.add(s.point().poolSize(), v.median(), v.min(), v.max());
        }
      }
      data.addSeries(series);
    }
    Number highest = DatasetUtils.findMaximumRangeValue(data);
    Number lowest = DatasetUtils.findMinimumRangeValue(data);
    double top = highest == null ? Double.NaN : highest.doubleValue();
    double bottom = lowest == null ? Double.NaN : lowest.doubleValue();
    List<ValueMarker> markers = new ArrayList<>();
    double ceiling = top;
    if (references) {
      for (PointSummary s : r.summaries()) {
        int i = concurrencies.indexOf(s.point().concurrency());
        if (i < 0 || s.point().kind() == Kind.HIKARI || s.okRps().count() == 0) {
          continue;
        }
        String label = (s.point().kind() == Kind.PGBENCH ? "pgbench " : "no pool ") + s.point().concurrency()
            + " clients: " + Cells.num(s.okRps().median(), 0);
        markers.add(marker(s.okRps().median(), label, color(i), s.point().kind() == Kind.PGBENCH, markers.size()));
        ceiling = Math.max(ceiling, s.okRps().median());
        bottom = Math.min(bottom, s.okRps().median());
      }
    }
    // A reference far above the curves would flatten them: then the axis turns logarithmic.
    boolean log = Double.isFinite(top) && bottom > 0 && ceiling > LOG_ABOVE * top;
    XYPlot plot = plot(data, log ? yLabel + " (log scale)" : yLabel, log);
    markers.forEach(plot::addRangeMarker);
    if (log) {
      plot.getRangeAxis().setRange(bottom * 0.6, ceiling * 1.4);
    } else if (Double.isFinite(ceiling) && ceiling > 0) {
      plot.getRangeAxis().setRange(0, ceiling * 1.12);
    }
    return new JFreeChart(null, FONT, plot, true);
  }

  private static JFreeChart busy(SweepResult r) {
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    for (int c : concurrencies(r)) {
      YIntervalSeries series = new YIntervalSeries(c + " clients");
      for (PointSummary s : hikari(r, c)) {
        if (Double.isFinite(s.busyConnections())) {
          series.add(s.point().poolSize(), s.busyConnections(), s.busyConnections(), s.busyConnections());
        }
      }
      data.addSeries(series);
    }
    YIntervalSeries limit = new YIntervalSeries("pool size (all busy)");
    r.plan().poolSizes().forEach(p -> limit.add(p, p, p, p));
    data.addSeries(limit);
    XYPlot plot = plot(data, "busy connections (mean)", false);
    XYErrorRenderer renderer = (XYErrorRenderer) plot.getRenderer();
    int last = data.getSeriesCount() - 1;
    renderer.setSeriesPaint(last, Color.GRAY);
    renderer.setSeriesStroke(last, dashed(1.5f));
    renderer.setSeriesShapesVisible(last, false);
    return new JFreeChart(null, FONT, plot, true);
  }

  private static XYPlot plot(YIntervalSeriesCollection data, String yLabel, boolean logY) {
    LogAxis x = new LogAxis("pool size");
    x.setBase(2);
    x.setTickUnit(new NumberTickUnit(1));
    x.setNumberFormatOverride(new DecimalFormat("0"));
    x.setSmallestValue(0.5);
    x.setLabelFont(FONT);
    ValueAxis y;
    if (logY) {
      LogAxis logAxis = new LogAxis(yLabel);
      logAxis.setBase(2);
      logAxis.setTickUnit(new NumberTickUnit(1));
      logAxis.setNumberFormatOverride(new DecimalFormat("#,##0"));
      y = logAxis;
    } else {
      NumberAxis linear = new NumberAxis(yLabel);
      linear.setAutoRangeIncludesZero(true);
      y = linear;
    }
    y.setLabelFont(FONT);
    XYErrorRenderer renderer = new XYErrorRenderer();
    renderer.setDrawXError(false);
    renderer.setDrawYError(true);
    renderer.setDefaultLinesVisible(true);
    renderer.setDefaultShapesVisible(true);
    renderer.setErrorStroke(new BasicStroke(1.2f));
    for (int i = 0; i < data.getSeriesCount(); i++) {
      renderer.setSeriesPaint(i, color(i));
      renderer.setSeriesStroke(i, new BasicStroke(2f));
    }
    XYPlot plot = new XYPlot(data, x, y, renderer);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(new Color(0xdddddd));
    plot.setRangeGridlinePaint(new Color(0xdddddd));
    return plot;
  }

  /** A reference line; labels alternate above-left and below-right so that close lines stay readable. */
  private static ValueMarker marker(double value, String label, Color color, boolean dashed, int index) {
    ValueMarker m = new ValueMarker(value, color, dashed ? dashed(1.5f) : dotted());
    m.setLabel(label);
    m.setLabelFont(FONT.deriveFont(11f));
    m.setLabelPaint(color.darker());
    m.setLabelBackgroundColor(new Color(255, 255, 255, 220));
    m.setLabelAnchor(index % 2 == 0 ? RectangleAnchor.TOP_LEFT : RectangleAnchor.BOTTOM_RIGHT);
    m.setLabelTextAnchor(index % 2 == 0 ? TextAnchor.BOTTOM_LEFT : TextAnchor.TOP_RIGHT);
    return m;
  }

  private static void save(Path dir, String name, String title, Map<String, String> written, JFreeChart chart) {
    chart.setTitle(new TextTitle(title, FONT.deriveFont(Font.BOLD, 14f)));
    chart.setBackgroundPaint(Color.WHITE);
    try {
      ChartUtils.saveChartAsPNG(dir.resolve(name).toFile(), chart, WIDTH, HEIGHT);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + name, e);
    }
    written.put(name, title);
  }

  private static List<Integer> concurrencies(SweepResult r) {
    List<Integer> out = new ArrayList<>();
    for (PointSummary s : r.summaries()) {
      if (s.point().kind() == Kind.HIKARI && !out.contains(s.point().concurrency())) {
        out.add(s.point().concurrency());
      }
    }
    out.sort(null);
    return out;
  }

  private static List<PointSummary> hikari(SweepResult r, int concurrency) {
    return r.summaries().stream()
        .filter(s -> s.point().kind() == Kind.HIKARI && s.point().concurrency() == concurrency).toList();
  }

  private static Spread point(double v) {
    return Spread.of(List.of(v));
  }

  private static Color color(int i) {
    return PALETTE[i % PALETTE.length];
  }

  private static BasicStroke dashed(float width) {
    return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 5f}, 0f);
  }

  private static BasicStroke dotted() {
    return new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {2f, 4f}, 0f);
  }
}
