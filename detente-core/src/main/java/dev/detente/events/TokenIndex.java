package dev.detente.events;

import dev.detente.nlp.Token;
import java.util.List;

/** Character offset → token index, by binary search over token starts. */
final class TokenIndex {
    private final int[] starts;
    private final int[] ends;

    TokenIndex(List<Token> tokens) {
        starts = new int[tokens.size()];
        ends = new int[tokens.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = tokens.get(i).start();
            ends[i] = tokens.get(i).end();
        }
    }

    /** The first token that ends after {@code offset} (the token containing it, or the next one). */
    int firstAtOrAfter(int offset) {
        int lo = 0;
        int hi = ends.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
