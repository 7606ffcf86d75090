package dev.detente.store.merge;

import java.util.Set;

/**
 * When two reports are the same statement. Outlets quote a statement whole or in part, so the
 * test is containment: the overlap coefficient |A∩B| / min(|A|,|B|) of the content-token sets
 * must reach {@link #MIN_OVERLAP} (0.8), and the shorter text must have at least
 * {@link #MIN_TOKENS} (4) content tokens; shorter texts must have identical token sets (a two-word
 * fragment says too little to be matched by overlap). Among candidates, the highest Jaccard wins.
 */
public final class Similarity {
    public static final double MIN_OVERLAP = 0.8;
    public static final int MIN_TOKENS = 4;

    private Similarity() {
    }

    public static boolean sameStatement(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        int small = Math.min(a.size(), b.size());
        if (small < MIN_TOKENS) {
            return a.equals(b);
        }
        return intersection(a, b) >= MIN_OVERLAP * small;
    }

    public static double jaccard(Set<String> a, Set<String> b) {
        int inter = intersection(a, b);
        int union = a.size() + b.size() - inter;
        return union == 0 ? 0 : (double) inter / union;
    }

    private static int intersection(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int n = 0;
        for (String t : small) {
            if (large.contains(t)) {
                n++;
            }
        }
        return n;
    }
}
