package dev.detente.store.index;

import java.util.Comparator;
import java.util.List;

/**
 * Which way an issue is moving: the items' later half against their earlier half (by date). A
 * shift of at least 0.2 on the [-1, +1] scale and 1.5 standard errors is "improving" or
 * "worsening"; less is "steady"; fewer than four dated items is "too few items".
 */
public final class Trend {
    public static final String IMPROVING = "improving";
    public static final String WORSENING = "worsening";
    public static final String STEADY = "steady";
    public static final String TOO_FEW = "too few items";

    private Trend() {
    }

    public static String of(List<IndexItem> items) {
        List<IndexItem> dated = items.stream().filter(i -> i.date() != null)
                .sorted(Comparator.comparing(IndexItem::date).thenComparingLong(IndexItem::id)).toList();
        if (dated.size() < 4) {
            return TOO_FEW;
        }
        int half = dated.size() / 2;
        RelationsIndex.Estimate older = RelationsIndex.estimate(dated.subList(0, half));
        RelationsIndex.Estimate recent = RelationsIndex.estimate(dated.subList(half, dated.size()));
        double shift = recent.mean() - older.mean();
        double z = shift / Math.sqrt(older.se() * older.se() + recent.se() * recent.se());
        if (Math.abs(shift) >= 0.2 && Math.abs(z) >= 1.5) {
            return shift > 0 ? IMPROVING : WORSENING;
        }
        return STEADY;
    }
}
