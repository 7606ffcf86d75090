package dev.detente.store.index;

import dev.detente.store.Rows.Change;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

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
 * reference restarts at the change day. Then neighbouring segments whose means differ by less than
 * {@code minShift} or by less than {@code minZ} = 1.645 standard errors (one-sided 95%, the
 * errors as {@link RelationsIndex} estimates them), or either of which has fewer than {@code minItems} items, are merged (the
 * closest first), so a passing or small wobble is no change.
 * <p>
 * The items that moved it: those from the change day to the alarm (at least the four weeks from the
 * change day) pulling in the shift's direction, those of the change's first week first, then the strongest pull
 * (at most {@code maxMovers}).
 */
public final class ChangeDetector {
    public record Settings(double k, double h, int minItems, double minShift, double minZ, int maxMovers) {
        public static Settings defaults() {
            return new Settings(0.5, 3.5, 5, 0.3, 1.645, 10);
        }
    }

    /** The items that moved a change are looked for in at least this many days from the change day. */
    static final int MOVER_DAYS = 28;

    private ChangeDetector() {
    }

    public static List<Change> detect(String pair, List<IndexItem> items, Settings s) {
        TreeMap<LocalDate, List<IndexItem>> byDay = RelationsIndex.group(items, Granularity.DAY);
        List<Map.Entry<LocalDate, List<IndexItem>>> days = new ArrayList<>(byDay.entrySet());
        List<Change> out = new ArrayList<>();
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
                List<IndexItem> before = flatten(days, i == 0 ? 0 : alarms.get(i - 1).changeDay(), alarms.get(i).changeDay());
                List<IndexItem> after = flatten(days, alarms.get(i).changeDay(),
                        i + 1 < alarms.size() ? alarms.get(i + 1).changeDay() : days.size());
                RelationsIndex.Estimate b = RelationsIndex.estimate(before);
                RelationsIndex.Estimate a = RelationsIndex.estimate(after);
                double shift = Math.abs(a.mean() - b.mean());
                double z = shift / Math.sqrt(b.se() * b.se() + a.se() * a.se());
                boolean weak = shift < s.minShift() || z < s.minZ() || before.size() < s.minItems() || after.size() < s.minItems();
                if (weak && shift < smallest) {
                    smallest = shift;
                    weakest = i;
                }
            }
            if (weakest < 0) {
                break;
            }
            alarms.remove(weakest);
        }
        for (int i = 0; i < alarms.size(); i++) {
            Alarm alarm = alarms.get(i);
            List<IndexItem> before = flatten(days, i == 0 ? 0 : alarms.get(i - 1).changeDay(), alarm.changeDay());
            List<IndexItem> after = flatten(days, alarm.changeDay(), i + 1 < alarms.size() ? alarms.get(i + 1).changeDay() : days.size());
            RelationsIndex.Estimate b = RelationsIndex.estimate(before);
            RelationsIndex.Estimate a = RelationsIndex.estimate(after);
            LocalDate day = days.get(alarm.changeDay()).getKey();
            // the run up to the alarm, and at least the four weeks from the change day
            LocalDate runEnd = days.get(alarm.alarmDay()).getKey().plusDays(1);
            LocalDate until = runEnd.isAfter(day.plusDays(MOVER_DAYS)) ? runEnd : day.plusDays(MOVER_DAYS);
            List<IndexItem> run = after.stream().filter(x -> x.date().isBefore(until)).toList();
            out.add(change(pair, day, b, a, movers(run, day, b.mean(), a.mean() - b.mean(), s.maxMovers())));
        }
        return out;
    }

    /** Where a CUSUM run from {@code segment} first crosses h: the run's first day and the crossing day. */
    private record Alarm(int changeDay, int alarmDay) {
    }

    private static Alarm firstAlarm(List<Map.Entry<LocalDate, List<IndexItem>>> days, int segment, int from, Settings s) {
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
                List<IndexItem> base = flatten(days, segment, t);
                reference = base.size() >= s.minItems();
                mu = mean(base);
                sigma = spread(base, mu);
            }
            if (!reference) {
                continue;
            }
            List<IndexItem> today = days.get(t).getValue();
            double n = today.stream().mapToDouble(IndexItem::weight).sum();
            double z = (mean(today) - mu) * Math.sqrt(n) / sigma;
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
                double shift = mean(flatten(days, start, t + 1)) - mu;
                if (Math.abs(shift) >= s.minShift()) {
                    return new Alarm(start, t);
                }
                up = 0; // significant but small: no change, start afresh
                down = 0;
            }
        }
        return null;
    }

    /**
     * The change day within a run: the start whose items from there to the alarm deviate most from
     * the reference, in standard errors (|Σw(x − μ)| / √Σw), so a run begun by noise a few days before
     * the shift still dates the shift itself.
     */
    private static int changePoint(List<Map.Entry<LocalDate, List<IndexItem>>> days, int runStart, int alarm, double mu) {
        int best = runStart;
        double bestScore = -1;
        double dev = 0;
        double weight = 0;
        for (int c = alarm; c >= runStart; c--) {
            for (IndexItem i : days.get(c).getValue()) {
                dev += i.weight() * (i.value() - mu);
                weight += i.weight();
            }
            double score = Math.abs(dev) / Math.sqrt(weight);
            if (score >= bestScore) { // ties: the earlier start
                bestScore = score;
                best = c;
            }
        }
        return best;
    }

    private static List<IndexItem> flatten(List<Map.Entry<LocalDate, List<IndexItem>>> days, int from, int to) {
        List<IndexItem> out = new ArrayList<>();
        for (int i = Math.max(0, from); i < Math.min(days.size(), to); i++) {
            out.addAll(days.get(i).getValue());
        }
        return out;
    }

    private static double mean(List<IndexItem> items) {
        double sw = 0;
        double swv = 0;
        for (IndexItem i : items) {
            sw += i.weight();
            swv += i.weight() * i.value();
        }
        return sw == 0 ? 0 : swv / sw;
    }

    /** The items' weighted spread around mu, shrunk toward the prior spread as in {@link RelationsIndex}. */
    private static double spread(List<IndexItem> items, double mu) {
        double sw = 0;
        double ss = 0;
        for (IndexItem i : items) {
            sw += i.weight();
            ss += i.weight() * (i.value() - mu) * (i.value() - mu);
        }
        double prior = RelationsIndex.PRIOR_WEIGHT * RelationsIndex.PRIOR_SD * RelationsIndex.PRIOR_SD;
        return Math.sqrt((ss + prior) / (sw + RelationsIndex.PRIOR_WEIGHT));
    }

    private static List<IndexItem> movers(List<IndexItem> run, LocalDate day, double before, double shift, int max) {
        LocalDate firstWeekEnd = day.plusDays(7);
        return run.stream()
                .filter(i -> Math.signum(i.value() - before) == Math.signum(shift))
                .sorted(Comparator.comparing((IndexItem i) -> !i.date().isBefore(firstWeekEnd))
                        .thenComparingDouble((IndexItem i) -> -i.weight() * Math.abs(i.value() - before))
                        .thenComparing(IndexItem::date)
                        .thenComparingLong(IndexItem::id))
                .limit(max)
                .toList();
    }

    private static Change change(String pair, LocalDate day, RelationsIndex.Estimate b, RelationsIndex.Estimate a,
                                 List<IndexItem> movers) {
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
        String summary = String.format(Locale.ROOT, "%s relations %s in %s (from %s): %+.2f -> %+.2f (%d items before, %d after)%s",
                pair == null ? "the" : pair, a.mean() > b.mean() ? "improved" : "worsened", label, day, b.mean(), a.mean(),
                b.n(), a.n(), labels.isEmpty() ? "" : "; moved by " + String.join(", ", labels));
        return new Change(label, RelationsIndex.round(b.mean()), RelationsIndex.round(a.mean()), statementIds, eventIds,
                summary, pair);
    }
}
