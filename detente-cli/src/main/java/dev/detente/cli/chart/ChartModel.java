package dev.detente.cli.chart;

import dev.detente.store.Rows.Change;
import dev.detente.store.Rows.TimelinePoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The relations-index chart laid out in pixels, once, for both renderers (SVG and PNG): the index
 * line over periods with items, its 95% band, a dot per period sized by its item count, the zero
 * line and grid, period labels, and a dashed marker at each detected change.
 */
public record ChartModel(int width, int height, String title, String subtitle, List<Point> points, List<Grid> grid,
                         List<Tick> ticks, List<Marker> markers, Frame frame) {

    public record Point(double x, double y, double yLow, double yHigh, double radius, boolean empty, String tooltip) {
    }

    public record Grid(double y, String label, boolean zero) {
    }

    public record Tick(double x, String label) {
    }

    public record Marker(double x, String label) {
    }

    public record Frame(double left, double top, double right, double bottom) {
    }

    private static final int WIDTH = 960;
    private static final int HEIGHT = 440;
    private static final double LEFT = 120;
    private static final double RIGHT = 24;
    private static final double TOP = 64;
    private static final double BOTTOM = 64;

    public static ChartModel of(String pair, String by, List<TimelinePoint> series, List<Change> changes) {
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        int n = Math.max(1, series.size());
        List<Point> points = new ArrayList<>();
        int items = 0;
        for (int i = 0; i < series.size(); i++) {
            TimelinePoint p = series.get(i);
            int count = p.events() + p.statements();
            items += count;
            double x = LEFT + (i + 0.5) * plotW / n;
            points.add(new Point(x, y(p.index(), plotH), y(p.high(), plotH), y(p.low(), plotH),
                    count == 0 ? 0 : Math.min(9, 2.5 + Math.sqrt(count)), count == 0,
                    String.format(Locale.ROOT, "%s: %+.2f [%+.2f, %+.2f], %d events, %d statements",
                            p.period(), p.index(), p.low(), p.high(), p.events(), p.statements())));
        }
        List<Grid> grid = List.of(new Grid(y(1, plotH), "+1 cooperation", false), new Grid(y(0.5, plotH), "+0.5", false),
                new Grid(y(0, plotH), "0", true), new Grid(y(-0.5, plotH), "-0.5", false),
                new Grid(y(-1, plotH), "-1 conflict", false));
        List<Tick> ticks = new ArrayList<>();
        int every = Math.max(1, (int) Math.ceil(series.size() / 10.0));
        for (int i = 0; i < series.size(); i += every) {
            ticks.add(new Tick(points.get(i).x(), series.get(i).period()));
        }
        List<Marker> markers = new ArrayList<>();
        for (Change c : changes) {
            for (int i = 0; i < series.size(); i++) {
                if (series.get(i).period().equals(c.period()) || (!"week".equals(by) && series.get(i).period().startsWith(c.period()))) {
                    markers.add(new Marker(points.get(i).x() - plotW / n / 2, String.format(Locale.ROOT, "shift %+.2f", c.after() - c.before())));
                    break;
                }
            }
        }
        String first = series.isEmpty() ? "" : series.get(0).period();
        String last = series.isEmpty() ? "" : series.get(series.size() - 1).period();
        return new ChartModel(WIDTH, HEIGHT, "Relations index " + pair + ", by " + by,
                String.format(Locale.ROOT, "%s to %s · %d items · events and statement stance on [-1, +1] · band: 95%%", first, last, items),
                points, grid, ticks, markers, new Frame(LEFT, TOP, WIDTH - RIGHT, HEIGHT - BOTTOM));
    }

    private static double y(double v, double plotH) {
        return TOP + (1 - (Math.max(-1, Math.min(1, v)) + 1) / 2) * plotH;
    }

    /** Runs of consecutive periods with items: the band is drawn over each run. */
    public List<List<Point>> runs() {
        List<List<Point>> runs = new ArrayList<>();
        List<Point> current = new ArrayList<>();
        for (Point p : points) {
            if (p.empty()) {
                if (!current.isEmpty()) {
                    runs.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(p);
            }
        }
        if (!current.isEmpty()) {
            runs.add(current);
        }
        return runs;
    }
}
