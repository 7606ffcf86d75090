package dev.detente.store.index;

import java.util.List;

/**
 * The sums that the relations index and the change detector read from a set of items: how many
 * (and how many are events), the weights' sum and sum of squares, and the weighted sums of the
 * values and of their squares. Sums add, so a day's tally kept at ingest (the ledger's
 * {@code pair_days}, migration V006) gives any period's or segment's estimate without its items.
 */
public record Tally(int items, int events, double sw, double sw2, double swv, double swv2) {
    public static final Tally EMPTY = new Tally(0, 0, 0, 0, 0, 0);

    public static Tally of(IndexItem i) {
        double w = i.weight();
        double v = i.value();
        return new Tally(1, i.kind() == IndexItem.Kind.EVENT ? 1 : 0, w, w * w, w * v, w * v * v);
    }

    public static Tally of(List<IndexItem> items) {
        Tally t = EMPTY;
        for (IndexItem i : items) {
            t = t.plus(of(i));
        }
        return t;
    }

    public Tally plus(Tally o) {
        return new Tally(items + o.items, events + o.events, sw + o.sw, sw2 + o.sw2, swv + o.swv, swv2 + o.swv2);
    }

    public Tally minus(Tally o) {
        return new Tally(items - o.items, events - o.events, sw - o.sw, sw2 - o.sw2, swv - o.swv, swv2 - o.swv2);
    }

    public int statements() {
        return items - events;
    }

    /** The weighted mean of the values; 0 without weight. */
    public double mean() {
        return sw <= 0 ? 0 : swv / sw;
    }

    /** Σ w·(v − mu)², never below 0 (the sums' rounding). */
    public double squares(double mu) {
        return Math.max(0, swv2 - 2 * mu * swv + mu * mu * sw);
    }

    /** Σ w·(v − mu). */
    public double deviation(double mu) {
        return swv - mu * sw;
    }
}
