package dev.detente.cli.chart;

import java.util.List;
import java.util.Locale;

/** The chart as a standalone SVG document, written by hand (text escaped). */
public final class SvgChart {
    private SvgChart() {
    }

    public static String render(ChartModel m) {
        StringBuilder s = new StringBuilder();
        s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                + "font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\">%n", m.width(), m.height(), m.width(), m.height()));
        s.append("<title>").append(esc(m.title())).append("</title>\n");
        s.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>%n", m.width(), m.height()));
        s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"28\" font-size=\"18\" font-weight=\"bold\" fill=\"#222\">%s</text>%n",
                m.frame().left(), esc(m.title())));
        s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"48\" font-size=\"12\" fill=\"#555\">%s</text>%n",
                m.frame().left(), esc(m.subtitle())));
        s.append("<g class=\"grid\">\n");
        for (ChartModel.Grid g : m.grid()) {
            s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"%s\"/>%n",
                    m.frame().left(), g.y(), m.frame().right(), g.y(), g.zero() ? "#888" : "#ddd", g.zero() ? "1.5" : "1"));
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" fill=\"#555\" text-anchor=\"end\">%s</text>%n",
                    m.frame().left() - 8, g.y() + 4, esc(g.label())));
        }
        s.append("</g>\n<g class=\"band\">\n");
        for (List<ChartModel.Point> run : m.runs()) {
            if (run.size() == 1) {
                ChartModel.Point p = run.get(0);
                s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"8\" height=\"%.1f\" fill=\"#4a90d9\" fill-opacity=\"0.25\"/>%n",
                        p.x() - 4, p.yLow(), Math.max(1, p.yHigh() - p.yLow())));
                continue;
            }
            StringBuilder pts = new StringBuilder();
            for (ChartModel.Point p : run) {
                pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", p.x(), p.yLow()));
            }
            for (int i = run.size() - 1; i >= 0; i--) {
                pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", run.get(i).x(), run.get(i).yHigh()));
            }
            s.append("<polygon points=\"").append(pts.toString().strip()).append("\" fill=\"#4a90d9\" fill-opacity=\"0.25\" stroke=\"none\"/>\n");
        }
        s.append("</g>\n");
        StringBuilder line = new StringBuilder();
        for (ChartModel.Point p : m.points()) {
            if (!p.empty()) {
                line.append(String.format(Locale.ROOT, "%.1f,%.1f ", p.x(), p.y()));
            }
        }
        s.append("<polyline class=\"index\" points=\"").append(line.toString().strip())
                .append("\" fill=\"none\" stroke=\"#1f5fa8\" stroke-width=\"2\"/>\n<g class=\"points\">\n");
        for (ChartModel.Point p : m.points()) {
            if (!p.empty()) {
                s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"#1f5fa8\"><title>%s</title></circle>%n",
                        p.x(), p.y(), p.radius(), esc(p.tooltip())));
            }
        }
        s.append("</g>\n<g class=\"changes\">\n");
        for (ChartModel.Marker k : m.markers()) {
            s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#c0392b\" stroke-width=\"1.5\" stroke-dasharray=\"5,4\"/>%n",
                    k.x(), m.frame().top(), k.x(), m.frame().bottom()));
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" fill=\"#c0392b\">%s</text>%n",
                    k.x() + 4, m.frame().top() + 12, esc(k.label())));
        }
        s.append("</g>\n<g class=\"x-axis\">\n");
        s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#888\"/>%n",
                m.frame().left(), m.frame().bottom(), m.frame().right(), m.frame().bottom()));
        for (ChartModel.Tick t : m.ticks()) {
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" fill=\"#555\" text-anchor=\"middle\">%s</text>%n",
                    t.x(), m.frame().bottom() + 18, esc(t.label())));
        }
        s.append("</g>\n</svg>\n");
        return s.toString();
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
