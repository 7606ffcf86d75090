package dev.detente.cli.query;

import dev.detente.cli.chart.ChartModel;
import dev.detente.cli.chart.PngChart;
import dev.detente.cli.chart.Sparkline;
import dev.detente.cli.chart.SvgChart;
import dev.detente.store.LedgerReader;
import dev.detente.store.Rows.Change;
import dev.detente.store.Rows.TimelinePoint;
import dev.detente.store.index.Granularity;
import dev.detente.store.sqlite.Pairs;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `detente timeline --pair RUS-USA`: the relations index per period, with counts, a sparkline and an optional chart. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "The relations index of a country pair per day, week or month (events and statement stance on [-1, +1]).")
public final class TimelineCommand extends LedgerCommand {
    @Option(names = "--pair", required = true, converter = Values.Pair.class, description = "Country pair, e.g. RUS-USA.")
    String pair;

    @Option(names = "--by", converter = Values.Period.class, description = "day, week or month (default: ${DEFAULT-VALUE}).")
    String by = "week";

    @Option(names = "--plot", paramLabel = "FILE.svg|FILE.png", description = "Also draw the series as a chart.")
    Path plot;

    @Override
    protected int query(LedgerReader reader, PrintStream out) {
        String normalised = Pairs.normalise(pair);
        String period = Granularity.parse(by).name().toLowerCase(Locale.ROOT);
        List<TimelinePoint> series = reader.timeline(normalised, period);
        List<Change> changes = reader.changes(null, normalised);
        Printer.print(out, format, series, new Columns<TimelinePoint>()
                .add("period", TimelinePoint::period)
                .add("index", TimelinePoint::index)
                .add("low", TimelinePoint::low)
                .add("high", TimelinePoint::high)
                .add("events", TimelinePoint::events)
                .add("statements", TimelinePoint::statements));
        if (format == Format.table) {
            if (series.isEmpty()) {
                out.println("(no dated events or stance statements for " + normalised + ")");
            } else {
                out.println();
                out.println(normalised + "  " + Sparkline.of(series) + "  (" + series.get(0).period() + " .. "
                        + series.get(series.size() - 1).period() + ", ▁ conflict .. █ cooperation)");
                for (Change c : changes) {
                    out.println("change: " + c.summary());
                }
            }
        }
        if (plot != null) {
            writePlot(ChartModel.of(normalised, period, series, changes));
            System.err.println("detente: chart written to " + plot);
        }
        return 0;
    }

    private void writePlot(ChartModel model) {
        String name = plot.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".png")) {
                PngChart.write(model, plot);
            } else if (name.endsWith(".svg")) {
                Files.writeString(plot, SvgChart.render(model), StandardCharsets.UTF_8);
            } else {
                throw new IllegalArgumentException("--plot takes a .svg or .png file, not " + plot);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + plot + ": " + e.getMessage(), e);
        }
    }
}
