package dev.detente.nlp;

import java.util.List;

/** Lookups over a document's token list (tokens are in text order, so offsets are found by binary search). */
public final class Tokens {
    private Tokens() {
    }

    /** The index of the first token starting at or after character {@code offset} ({@code tokens.size()} if none). */
    public static int firstStartingAtOrAfter(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
