package dev.detente.cli.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/** The chart as a PNG, drawn with Java2D in headless mode (no display needed). */
public final class PngChart {
    private static final Color BLUE = new Color(0x1f5fa8);
    private static final Color BAND = new Color(0x4a, 0x90, 0xd9, 64);
    private static final Color RED = new Color(0xc0392b);
    private static final Color GREY = new Color(0x55, 0x55, 0x55);

    private PngChart() {
    }

    public static void write(ChartModel m, Path file) throws IOException {
        System.setProperty("java.awt.headless", "true");
        int scale = 2; // crisp on high-density screens
        BufferedImage img = new BufferedImage(m.width() * scale, m.height() * scale, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.scale(scale, scale);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, m.width(), m.height());
            draw(g, m);
        } finally {
            g.dispose();
        }
        if (!ImageIO.write(img, "png", file.toFile())) {
            throw new IOException("no PNG writer available");
        }
    }

    private static void draw(Graphics2D g, ChartModel m) {
        ChartModel.Frame f = m.frame();
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        g.setColor(new Color(0x222222));
        g.drawString(m.title(), (float) f.left(), 28f);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.setColor(GREY);
        g.drawString(m.subtitle(), (float) f.left(), 48f);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        FontMetrics fm = g.getFontMetrics();
        for (ChartModel.Grid grid : m.grid()) {
            g.setColor(grid.zero() ? new Color(0x888888) : new Color(0xdddddd));
            g.setStroke(new BasicStroke(grid.zero() ? 1.5f : 1f));
            g.draw(new Line2D.Double(f.left(), grid.y(), f.right(), grid.y()));
            g.setColor(GREY);
            g.drawString(grid.label(), (float) (f.left() - 8 - fm.stringWidth(grid.label())), (float) grid.y() + 4);
        }
        g.setColor(BAND);
        for (List<ChartModel.Point> run : m.runs()) {
            if (run.size() == 1) {
                ChartModel.Point p = run.get(0);
                g.fill(new java.awt.geom.Rectangle2D.Double(p.x() - 4, p.yLow(), 8, Math.max(1, p.yHigh() - p.yLow())));
                continue;
            }
            Path2D band = new Path2D.Double();
            band.moveTo(run.get(0).x(), run.get(0).yLow());
            for (ChartModel.Point p : run) {
                band.lineTo(p.x(), p.yLow());
            }
            for (int i = run.size() - 1; i >= 0; i--) {
                band.lineTo(run.get(i).x(), run.get(i).yHigh());
            }
            band.closePath();
            g.fill(band);
        }
        Path2D line = new Path2D.Double();
        boolean started = false;
        for (ChartModel.Point p : m.points()) {
            if (p.empty()) {
                continue;
            }
            if (started) {
                line.lineTo(p.x(), p.y());
            } else {
                line.moveTo(p.x(), p.y());
                started = true;
            }
        }
        g.setColor(BLUE);
        g.setStroke(new BasicStroke(2f));
        g.draw(line);
        for (ChartModel.Point p : m.points()) {
            if (!p.empty()) {
                g.fill(new Ellipse2D.Double(p.x() - p.radius(), p.y() - p.radius(), 2 * p.radius(), 2 * p.radius()));
            }
        }
        g.setColor(RED);
        g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f}, 0f));
        for (ChartModel.Marker k : m.markers()) {
            g.draw(new Line2D.Double(k.x(), f.top(), k.x(), f.bottom()));
            g.drawString(k.label(), (float) k.x() + 4, (float) f.top() + 12);
        }
        g.setColor(new Color(0x888888));
        g.setStroke(new BasicStroke(1f));
        g.draw(new Line2D.Double(f.left(), f.bottom(), f.right(), f.bottom()));
        g.setColor(GREY);
        for (ChartModel.Tick t : m.ticks()) {
            g.drawString(t.label(), (float) (t.x() - fm.stringWidth(t.label()) / 2.0), (float) f.bottom() + 18);
        }
    }
}
