package dev.detente.store.index;

import dev.detente.store.Rows.TimelinePoint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The relations index of a country pair: for each period, the weighted mean of its items' values
 * (events and statement stances together, each in [-1, +1]), the number of items of each kind, and
 * a 95% band around the mean. The band uses the items' weighted spread, shrunk toward a prior
 * spread ({@link #PRIOR_SD} with weight {@link #PRIOR_WEIGHT}), so one item alone gets a wide band
 * rather than a false certainty. A period without items repeats the previous value with the widest
 * band [-1, +1] (nothing known) and zero counts, so the series has no holes.
 */
public final class RelationsIndex {
    public static final double PRIOR_SD = 0.5;
    public static final double PRIOR_WEIGHT = 1.0;
    private static final double Z95 = 1.96;

    private RelationsIndex() {
    }

    /** A period's estimate; {@code n} items, {@code se} the standard error of the mean. */
    public record Estimate(double mean, double se, int n, int events, int statements) {
        public double low() {
            return Math.max(-1, mean - Z95 * se);
        }

        public double high() {
            return Math.min(1, mean + Z95 * se);
        }
    }

    public static Estimate estimate(List<IndexItem> items) {
        return estimate(Tally.of(items));
    }

    /** The estimate from the items' sums (see {@link Tally}). */
    public static Estimate estimate(Tally t) {
        if (t.items() == 0) {
            return new Estimate(0, 1, 0, 0, 0);
        }
        double mean = t.mean();
        double variance = (t.squares(mean) + PRIOR_WEIGHT * PRIOR_SD * PRIOR_SD) / (t.sw() + PRIOR_WEIGHT);
        double effectiveN = t.sw() * t.sw() / t.sw2();
        return new Estimate(mean, Math.sqrt(variance / effectiveN), t.items(), t.events(), t.statements());
    }

    /** The series from the first to the last period holding an item. */
    public static List<TimelinePoint> series(List<IndexItem> items, Granularity by) {
        return series(daily(items), by);
    }

    /** The series from the days' tallies (day → the sums of its items), from the first to the last period holding one. */
    public static List<TimelinePoint> series(NavigableMap<LocalDate, Tally> days, Granularity by) {
        TreeMap<LocalDate, Tally> periods = new TreeMap<>();
        days.forEach((day, t) -> periods.merge(by.start(day), t, Tally::plus));
        List<TimelinePoint> out = new ArrayList<>();
        if (periods.isEmpty()) {
            return out;
        }
        double previous = 0;
        for (LocalDate p = periods.firstKey(); !p.isAfter(periods.lastKey()); p = by.next(p)) {
            Tally in = periods.get(p);
            if (in == null || in.items() == 0) {
                out.add(new TimelinePoint(by.label(p), round(previous), -1, 1, 0, 0));
                continue;
            }
            Estimate e = estimate(in);
            previous = e.mean();
            out.add(new TimelinePoint(by.label(p), round(e.mean()), round(e.low()), round(e.high()), e.events(), e.statements()));
        }
        return out;
    }

    /** The items' sums per day, in date order; items without a date are left out. */
    public static TreeMap<LocalDate, Tally> daily(List<IndexItem> items) {
        TreeMap<LocalDate, Tally> days = new TreeMap<>();
        for (IndexItem i : items) {
            if (i.date() != null) {
                days.merge(i.date(), Tally.of(i), Tally::plus);
            }
        }
        return days;
    }

    /**
     * To three decimals, half up. The margin of 1e-10 makes a value that is a tie in exact arithmetic
     * (halves and tenths are common item values) round the same whatever the order its sums were
     * added in (a day's tally kept at ingest, or the items summed on the spot).
     */
    static double round(double v) {
        return Math.round(v * 1000 + 1e-7) / 1000.0;
    }

    /** To two decimals, ties away from zero (as {@code %.2f} prints an exact tie), with the margin of {@link #round}. */
    static double round2(double v) {
        return Math.signum(v) * Math.round(Math.abs(v) * 100 + 1e-8) / 100.0;
    }
}
