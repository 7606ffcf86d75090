package dev.detente.cli.chart;

import dev.detente.store.Rows.TimelinePoint;
import java.util.List;

/** A one-line terminal chart of the index: ▁ at -1 up to █ at +1; a period without items is a space. */
public final class Sparkline {
    private static final char[] BARS = {'▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'};

    private Sparkline() {
    }

    public static String of(List<TimelinePoint> points) {
        StringBuilder b = new StringBuilder(points.size());
        for (TimelinePoint p : points) {
            if (p.events() + p.statements() == 0) {
                b.append(' ');
            } else {
                int level = (int) Math.floor((Math.max(-1, Math.min(1, p.index())) + 1) / 2 * BARS.length);
                b.append(BARS[Math.min(BARS.length - 1, level)]);
            }
        }
        return b.toString();
    }
}
