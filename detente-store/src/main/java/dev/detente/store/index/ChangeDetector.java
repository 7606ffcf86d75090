package dev.detente.store.index;

import dev.detente.store.Rows.Change;
import dev.detente.store.Rows.ShiftConfidence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;

/**
 * Names the shifts of a pair's relationship: a two-sided CUSUM (Page 1954) over the daily index.
 * <p>
 * Days with items are taken in order; each day's value is the weighted mean of its items, with
 * weight n (the sum of the items' weights). Against the reference level μ and spread σ of the
 * current segment (weighted mean and spread of its items, the spread shrunk toward
 * {@link RelationsIndex#PRIOR_SD} as the index does), a day contributes
 * {@code z = (x − μ)·√n / σ}, and the sums {@code S⁺ = max(0, S⁺ + z − k)} and
 * {@code S⁻ = max(0, S⁻ − z − k)} accumulate. A sum above {@code h} is an alarm; the change day is,
 * within the alarm's run (from the day after the sum was last zero), the start whose items deviate
 * most from the reference in standard errors (the likelihood estimate of the change point). Defaults: {@code k = 0.5} (tuned to a shift of one σ) and {@code h = 3.5}
 * (between the usual 3 and 4: about one false alarm in a hundred days of a stable relation), a
 * segment of at least {@code minItems} = 5 items before testing, and a shift of the means, before
 * against after, of at least {@code minShift} = 0.3 on the [-1, +1] scale. After an alarm the
 * reference restarts at the change day. A run still under way when the ledger ends is a candidate
 * too (a retrospective reading: the latest shift is what an analyst asks for first, and the days
 * after it are not written yet). Then neighbouring segments whose means differ by less than
 * {@code minShift} or by less than {@code possibleZ} = 1 standard error (the errors as
 * {@link RelationsIndex} estimates them), or either of which has fewer than {@code minItems} items,
 * are merged (the closest first), so a passing or small wobble is no change. A change of at least
 * {@code minZ} = 1.645 standard errors (one-sided 95%) is {@link ShiftConfidence#SIGNIFICANT}, a
 * smaller one {@link ShiftConfidence#POSSIBLE}.
 * <p>
 * The items that moved it: those from the change day to the alarm (at least the four weeks from the
 * change day) pulling in the shift's direction, those of the change's first week first, then the strongest pull
 * (at most {@code maxMovers}).
 */
public final class ChangeDetector {
    public record Settings(double k, double h, int minItems, double minShift, double minZ, double possibleZ, int maxMovers) {
        public static Settings defaults() {
            return new Settings(0.5, 3.5, 5, 0.3, 1.645, 1.0, 10);
        }
    }

    /** The items that moved a change are looked for in at least this many days from the change day. */
    static final int MOVER_DAYS = 28;

    /** Values closer than this are equal: the sums' rounding (an item at the level it is compared with pulls nowhere). */
    public static final double SAME = 1e-9;

    private ChangeDetector() {
    }

    /**
     * Where the items that moved a change are read: those dated in [from, to) pulling away from
     * {@code level} in the direction of {@code shift}'s sign, at least the {@code max} strongest
     * pulls of the first week from {@code from}, then of the rest (the order of {@link #movers});
     * more may be given, they are chosen from.
     */
    @FunctionalInterface
    public interface Movers {
        List<IndexItem> candidates(LocalDate from, LocalDate to, double level, double shift, int max);
    }

    public static List<Change> detect(String pair, List<IndexItem> items, Settings s) {
        return detect(pair, RelationsIndex.daily(items), (from, to, level, shift, max) -> items.stream()
                .filter(i -> i.date() != null && !i.date().isBefore(from) && i.date().isBefore(to)).toList(), s);
    }

    /**
     * The changes from the pair's daily tallies (day → the sums of its items, as the ledger keeps
     * them at ingest); only the items that moved a change found are read, from {@code movers}.
     */
    public static List<Change> detect(String pair, NavigableMap<LocalDate, Tally> daily, Movers movers, Settings s) {
        Shifts shifts = shifts(pair, daily, s);
        List<Change> out = new ArrayList<>();
        for (int i = 0; i < shifts.size(); i++) {
            out.add(shifts.change(i, movers));
        }
        return out;
    }

    /** The latest change only (what an overview of pairs shows): only its movers are read. */
    public static java.util.Optional<Change> latest(String pair, NavigableMap<LocalDate, Tally> daily, Movers movers, Settings s) {
        Shifts shifts = shifts(pair, daily, s);
        return shifts.size() == 0 ? java.util.Optional.empty() : java.util.Optional.of(shifts.change(shifts.size() - 1, movers));
    }

    /**
     * The changes of a pair located (their weeks) but not yet described: a list of changes over many
     * pairs is sorted and paged on these, and only the changes of the page read their movers.
     */
    public static Shifts shifts(String pair, NavigableMap<LocalDate, Tally> daily, Settings s) {
        Days days = new Days(daily);
        return new Shifts(pair, days, alarms(days, s), s);
    }

    /** A pair's changes in order, each described (levels and movers) on demand. */
    public static final class Shifts {
        private final String pair;
        private final Days days;
        private final List<Alarm> alarms;
        private final Settings settings;

        private Shifts(String pair, Days days, List<Alarm> alarms, Settings settings) {
            this.pair = pair;
            this.days = days;
            this.alarms = List.copyOf(alarms);
            this.settings = settings;
        }

        public String pair() {
            return pair;
        }

        public int size() {
            return alarms.size();
        }

        /** The week of change {@code i} (as {@link Change#period}). */
        public String period(int i) {
            return Granularity.WEEK.label(days.day(alarms.get(i).changeDay()));
        }

        /** How far change {@code i} moved the index: |after − before|. */
        public double shift(int i) {
            int change = alarms.get(i).changeDay();
            int next = i + 1 < alarms.size() ? alarms.get(i + 1).changeDay() : days.size();
            RelationsIndex.Estimate b = RelationsIndex.estimate(days.between(i == 0 ? 0 : alarms.get(i - 1).changeDay(), change));
            RelationsIndex.Estimate a = RelationsIndex.estimate(days.between(change, next));
            return Math.abs(a.mean() - b.mean());
        }

        /** Change {@code i} described: its levels and the items that moved it (read from {@code movers}). */
        public Change change(int i, Movers movers) {
            return ChangeDetector.change(pair, days, alarms, i, movers, settings);
        }
    }

    /** The CUSUM's alarms, then merged while neighbouring segments are too close or too small. */
    private static List<Alarm> alarms(Days days, Settings s) {
        // 1. the CUSUM's alarms, each restarting the reference at its change day
        List<Alarm> alarms = new ArrayList<>();
        int segment = 0;
        for (Alarm a = firstAlarm(days, 0, 1, s); a != null; a = firstAlarm(days, segment, segment + 1, s)) {
            alarms.add(a);
            segment = a.changeDay();
        }
        // 2. neighbouring segments closer than minShift, or one with fewer than minItems, are one segment
        while (true) {
            int weakest = -1;
            double smallest = Double.MAX_VALUE;
            for (int i = 0; i < alarms.size(); i++) {
                Tally before = days.between(i == 0 ? 0 : alarms.get(i - 1).changeDay(), alarms.get(i).changeDay());
                Tally after = days.between(alarms.get(i).changeDay(), i + 1 < alarms.size() ? alarms.get(i + 1).changeDay() : days.size());
                RelationsIndex.Estimate b = RelationsIndex.estimate(before);
                RelationsIndex.Estimate a = RelationsIndex.estimate(after);
                double shift = Math.abs(a.mean() - b.mean());
                boolean weak = shift < s.minShift() || z(b, a) < s.possibleZ() || before.items() < s.minItems()
                        || after.items() < s.minItems();
                if (weak && shift < smallest) {
                    smallest = shift;
                    weakest = i;
                }
            }
            if (weakest < 0) {
                return alarms;
            }
            alarms.remove(weakest);
        }
    }

    /** The difference of two segments' means in standard errors. */
    private static double z(RelationsIndex.Estimate before, RelationsIndex.Estimate after) {
        return Math.abs(after.mean() - before.mean()) / Math.sqrt(before.se() * before.se() + after.se() * after.se());
    }

    /** The change of alarm {@code i}: the segments' levels and the items that moved it. */
    private static Change change(String pair, Days days, List<Alarm> alarms, int i, Movers movers, Settings s) {
        Alarm alarm = alarms.get(i);
        int next = i + 1 < alarms.size() ? alarms.get(i + 1).changeDay() : days.size();
        RelationsIndex.Estimate b = RelationsIndex.estimate(days.between(i == 0 ? 0 : alarms.get(i - 1).changeDay(), alarm.changeDay()));
        RelationsIndex.Estimate a = RelationsIndex.estimate(days.between(alarm.changeDay(), next));
        LocalDate day = days.day(alarm.changeDay());
        // the run up to the alarm, and at least the four weeks from the change day, within the segment after
        LocalDate runEnd = days.day(alarm.alarmDay()).plusDays(1);
        LocalDate until = runEnd.isAfter(day.plusDays(MOVER_DAYS)) ? runEnd : day.plusDays(MOVER_DAYS);
        if (next < days.size() && days.day(next).isBefore(until)) {
            until = days.day(next);
        }
        double shift = a.mean() - b.mean();
        List<IndexItem> run = movers.candidates(day, until, b.mean(), shift, s.maxMovers());
        return change(pair, day, b, a, movers(run, day, b.mean(), shift, s.maxMovers()), s);
    }

    /** The days with items in order, with running sums so any run of days sums in constant time. */
    private static final class Days {
        private final LocalDate[] day;
        private final Tally[] tally;
        private final Tally[] prefix; // prefix[i] = the sum of days [0, i)

        Days(NavigableMap<LocalDate, Tally> daily) {
            List<Map.Entry<LocalDate, Tally>> kept = daily.entrySet().stream().filter(e -> e.getValue().items() > 0).toList();
            day = new LocalDate[kept.size()];
            tally = new Tally[kept.size()];
            prefix = new Tally[kept.size() + 1];
            prefix[0] = Tally.EMPTY;
            for (int i = 0; i < kept.size(); i++) {
                day[i] = kept.get(i).getKey();
                tally[i] = kept.get(i).getValue();
                prefix[i + 1] = prefix[i].plus(tally[i]);
            }
        }

        int size() {
            return day.length;
        }

        LocalDate day(int i) {
            return day[i];
        }

        Tally at(int i) {
            return tally[i];
        }

        /** The sum of days [from, to). */
        Tally between(int from, int to) {
            int f = Math.max(0, from);
            int t = Math.min(day.length, to);
            if (t <= f) {
                return Tally.EMPTY;
            }
            if (t - f == 1) {
                return tally[f];
            }
            return prefix[t].minus(prefix[f]);
        }
    }

    /** Where a CUSUM run from {@code segment} first crosses h: the run's first day and the crossing day. */
    private record Alarm(int changeDay, int alarmDay) {
    }

    private static Alarm firstAlarm(Days days, int segment, int from, Settings s) {
        double up = 0;
        double down = 0;
        int upStart = -1;
        int downStart = -1;
        double mu = 0;
        double sigma = RelationsIndex.PRIOR_SD;
        boolean reference = false;
        for (int t = Math.max(segment + 1, from); t < days.size(); t++) {
            if (up == 0 && down == 0) {
                // no run under way: the reference is everything of the segment so far
                Tally base = days.between(segment, t);
                reference = base.items() >= s.minItems();
                mu = base.mean();
                sigma = spread(base, mu);
            }
            if (!reference) {
                continue;
            }
            Tally today = days.at(t);
            double z = (today.mean() - mu) * Math.sqrt(today.sw()) / sigma;
            double newUp = Math.max(0, up + z - s.k());
            double newDown = Math.max(0, down - z - s.k());
            if (up == 0 && newUp > 0) {
                upStart = t;
            }
            if (down == 0 && newDown > 0) {
                downStart = t;
            }
            up = newUp;
            down = newDown;
            int runStart = up > s.h() ? upStart : down > s.h() ? downStart : -1;
            if (runStart >= 0) {
                int start = changePoint(days, runStart, t, mu);
                double shift = days.between(start, t + 1).mean() - mu;
                if (Math.abs(shift) >= s.minShift()) {
                    return new Alarm(start, t);
                }
                up = 0; // significant but small: no change, start afresh
                down = 0;
            }
        }
        // the ledger ends inside a run: its change point is a candidate, for the segment test to keep or merge
        if (reference && (up > 0 || down > 0)) {
            int last = days.size() - 1;
            int start = changePoint(days, down > up ? downStart : upStart, last, mu);
            if (Math.abs(days.between(start, last + 1).mean() - mu) >= s.minShift()) {
                return new Alarm(start, last);
            }
        }
        return null;
    }

    /**
     * The change day within a run: the start whose items from there to the alarm deviate most from
     * the reference, in standard errors (|Σw(x − μ)| / √Σw), so a run begun by noise a few days before
     * the shift still dates the shift itself.
     */
    private static int changePoint(Days days, int runStart, int alarm, double mu) {
        int best = runStart;
        double bestScore = -1;
        double dev = 0;
        double weight = 0;
        for (int c = alarm; c >= runStart; c--) {
            dev += days.at(c).deviation(mu);
            weight += days.at(c).sw();
            double score = Math.abs(dev) / Math.sqrt(weight);
            if (score >= bestScore) { // ties: the earlier start
                bestScore = score;
                best = c;
            }
        }
        return best;
    }

    /** The items' weighted spread around mu, shrunk toward the prior spread as in {@link RelationsIndex}. */
    private static double spread(Tally t, double mu) {
        double prior = RelationsIndex.PRIOR_WEIGHT * RelationsIndex.PRIOR_SD * RelationsIndex.PRIOR_SD;
        return Math.sqrt((t.squares(mu) + prior) / (t.sw() + RelationsIndex.PRIOR_WEIGHT));
    }

    private static List<IndexItem> movers(List<IndexItem> run, LocalDate day, double before, double shift, int max) {
        LocalDate firstWeekEnd = day.plusDays(7);
        return run.stream()
                .filter(i -> Math.abs(i.value() - before) > SAME && Math.signum(i.value() - before) == Math.signum(shift))
                .sorted(Comparator.comparing((IndexItem i) -> !i.date().isBefore(firstWeekEnd))
                        .thenComparingDouble((IndexItem i) -> -i.weight() * Math.abs(i.value() - before))
                        .thenComparing(IndexItem::date)
                        .thenComparingLong(IndexItem::id))
                .limit(max)
                .toList();
    }

    private static Change change(String pair, LocalDate day, RelationsIndex.Estimate b, RelationsIndex.Estimate a,
                                 List<IndexItem> movers, Settings s) {
        List<Long> statementIds = new ArrayList<>();
        List<Long> eventIds = new ArrayList<>();
        Set<String> labels = new LinkedHashSet<>();
        for (IndexItem i : movers) {
            (i.kind() == IndexItem.Kind.EVENT ? eventIds : statementIds).add(i.id());
            if (labels.size() < 4 && i.label() != null) {
                labels.add(i.label());
            }
        }
        String label = Granularity.WEEK.label(day);
        double z = z(b, a);
        ShiftConfidence confidence = z >= s.minZ() ? ShiftConfidence.SIGNIFICANT : ShiftConfidence.POSSIBLE;
        String summary = String.format(Locale.ROOT, "%s relations %s%s in %s (from %s): %+.2f -> %+.2f (%d items before, %d after; %.1f standard errors)%s",
                pair == null ? "the" : pair, confidence == ShiftConfidence.POSSIBLE ? "possibly " : "",
                a.mean() > b.mean() ? "improved" : "worsened", label, day,
                RelationsIndex.round2(b.mean()), RelationsIndex.round2(a.mean()),
                b.n(), a.n(), z, labels.isEmpty() ? "" : "; moved by " + String.join(", ", labels));
        return new Change(label, RelationsIndex.round(b.mean()), RelationsIndex.round(a.mean()), statementIds, eventIds,
                summary, pair, RelationsIndex.round2(z), confidence);
    }
}
