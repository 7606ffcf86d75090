package dev.detente.store.index;

import dev.detente.store.Rows.Change;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;

/**
 * Names the weeks where a pair's relationship shifted. At each week boundary it compares the items
 * of the {@code window} weeks before with those of the {@code window} weeks from that week on
 * (weighted means and standard errors as in {@link RelationsIndex}); a boundary is a change when the
 * week itself has items, both sides have at least {@code minItems}, the shift is at least
 * {@code minShift} on the [-1, +1] scale and at least {@code minZ} standard errors. Of changes closer
 * than a window, the strongest is kept. The items that moved it are those of the new side pulling
 * in the direction of the shift, the change week's first, strongest pull first.
 */
public final class ChangeDetector {
    public record Settings(int window, int minItems, double minShift, double minZ, int maxMovers) {
        public static Settings defaults() {
            return new Settings(4, 3, 0.3, 3.0, 10);
        }
    }

    private ChangeDetector() {
    }

    public static List<Change> detect(String pair, List<IndexItem> items, Settings s) {
        TreeMap<LocalDate, List<IndexItem>> grouped = RelationsIndex.group(items, Granularity.WEEK);
        if (grouped.size() < 2) {
            return List.of();
        }
        List<LocalDate> weeks = new ArrayList<>();
        for (LocalDate w = grouped.firstKey(); !w.isAfter(grouped.lastKey()); w = w.plusWeeks(1)) {
            weeks.add(w);
        }
        record Candidate(int week, RelationsIndex.Estimate before, RelationsIndex.Estimate after, double z,
                         List<IndexItem> afterItems) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int t = 1; t < weeks.size(); t++) {
            if (!grouped.containsKey(weeks.get(t))) {
                continue;
            }
            List<IndexItem> before = window(grouped, weeks, t - s.window(), t);
            List<IndexItem> after = window(grouped, weeks, t, t + s.window());
            if (before.size() < s.minItems() || after.size() < s.minItems()) {
                continue;
            }
            RelationsIndex.Estimate b = RelationsIndex.estimate(before);
            RelationsIndex.Estimate a = RelationsIndex.estimate(after);
            double shift = a.mean() - b.mean();
            double z = shift / Math.sqrt(b.se() * b.se() + a.se() * a.se());
            if (Math.abs(shift) >= s.minShift() && Math.abs(z) >= s.minZ()) {
                candidates.add(new Candidate(t, b, a, z, after));
            }
        }
        candidates.sort(Comparator.comparingDouble((Candidate c) -> -Math.abs(c.z())).thenComparingInt(Candidate::week));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : candidates) {
            if (kept.stream().noneMatch(k -> Math.abs(k.week() - c.week()) < s.window())) {
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingInt(Candidate::week));
        List<Change> out = new ArrayList<>();
        for (Candidate c : kept) {
            LocalDate week = weeks.get(c.week());
            List<IndexItem> movers = movers(c.afterItems(), week, c.before().mean(), c.after().mean() - c.before().mean(), s.maxMovers());
            out.add(change(pair, week, c.before(), c.after(), movers));
        }
        return out;
    }

    private static List<IndexItem> window(TreeMap<LocalDate, List<IndexItem>> grouped, List<LocalDate> weeks, int from, int to) {
        List<IndexItem> out = new ArrayList<>();
        for (int i = Math.max(0, from); i < Math.min(weeks.size(), to); i++) {
            out.addAll(grouped.getOrDefault(weeks.get(i), List.of()));
        }
        return out;
    }

    private static List<IndexItem> movers(List<IndexItem> after, LocalDate week, double before, double shift, int max) {
        LocalDate weekEnd = week.plusWeeks(1);
        return after.stream()
                .filter(i -> Math.signum(i.value() - before) == Math.signum(shift))
                .sorted(Comparator.comparing((IndexItem i) -> !i.date().isBefore(weekEnd))
                        .thenComparingDouble(i -> -i.weight() * Math.abs(i.value() - before))
                        .thenComparing(IndexItem::date)
                        .thenComparingLong(IndexItem::id))
                .limit(max)
                .toList();
    }

    private static Change change(String pair, LocalDate week, RelationsIndex.Estimate b, RelationsIndex.Estimate a,
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
        String label = Granularity.WEEK.label(week);
        String summary = String.format(Locale.ROOT, "%s relations %s in %s: %+.2f -> %+.2f (%d items before, %d after)%s",
                pair == null ? "the" : pair, a.mean() > b.mean() ? "improved" : "worsened", label, b.mean(), a.mean(),
                b.n(), a.n(), labels.isEmpty() ? "" : "; moved by " + String.join(", ", labels));
        return new Change(label, RelationsIndex.round(b.mean()), RelationsIndex.round(a.mean()), statementIds, eventIds,
                summary, pair);
    }
}
