package dev.detente.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds documents seen before with the same text (exact: SHA-256 of the text's lower-cased words)
 * or nearly the same (MinHash over word {@value #SHINGLE_WORDS}-grams, {@value #HASHES} hash
 * functions, banded into {@value #BANDS} bands of {@value #ROWS} rows for candidate lookup).
 *
 * <p>Threshold: a candidate is a near duplicate when the estimated Jaccard similarity of the two
 * shingle sets is at least {@value #THRESHOLD}. Rewritten stories from different reporters share
 * few 5-word runs (well under 0.2), while one wire story republished by two outlets — with
 * different headlines, bylines or a trimmed last paragraph — shares most of them. With 21 bands
 * of 3 rows a pair at Jaccard 0.5 becomes a candidate with probability 0.94, at 0.6 with 0.99;
 * 64 hashes estimate a Jaccard of 0.5 within ±0.06 (one standard deviation).
 *
 * <p>Duplicates are not added, so every later copy points at the first one seen. Thread-safe:
 * signatures are computed without a lock, the index is updated under one.
 *
 * <p>Bounded: the index keeps the latest {@code window} originals (default {@value #DEFAULT_WINDOW},
 * about 2.6 KB each: some 50 MB), forgetting the oldest first, so memory does not grow with the
 * run; a copy is recognised when its original is among them (copies of a wire story follow it
 * within hours or days, far fewer documents than the window in a stream in publication or crawl
 * order). The ledger keeps every signature on disk ({@code dev.detente.store.sqlite.NearDuplicates}).
 */
public final class NearDuplicateIndex {
    public static final int SHINGLE_WORDS = 5;
    public static final int HASHES = 64;
    public static final int BANDS = 21;
    public static final int ROWS = 3;
    public static final double THRESHOLD = 0.5;
    public static final int DEFAULT_WINDOW = 20_000;
    private static final long[] SEEDS = seeds();

    private final Map<String, String> exact = new HashMap<>();
    private final List<Map<Long, List<Entry>>> bands = new ArrayList<>();
    private final java.util.ArrayDeque<Entry> kept = new java.util.ArrayDeque<>(); // oldest first
    private final int window;

    /** What a document is compared by: the hash of its words and its MinHash signature (null for no words). */
    public record Signature(String contentHash, int[] minHashes) {
    }

    /** An earlier document this one duplicates; {@code exact} when the words are the same. */
    public record Match(String id, double similarity, boolean exact) {
    }

    private record Entry(String id, String contentHash, int[] minHashes) {
    }

    public NearDuplicateIndex() {
        this(DEFAULT_WINDOW);
    }

    /** An index of the latest {@code window} originals (at least 1). */
    public NearDuplicateIndex(int window) {
        if (window < 1) {
            throw new IllegalArgumentException("the duplicate window must be at least 1 document, not " + window);
        }
        this.window = window;
        for (int b = 0; b < BANDS; b++) {
            bands.add(new HashMap<>());
        }
    }

    /** How many originals the index holds now (at most its window). */
    public synchronized int size() {
        return kept.size();
    }

    /** The signature of a text; pure and thread-safe, so it can run on worker threads. */
    public static Signature signature(String text) {
        List<String> words = words(text);
        String hash = sha256(String.join(" ", words));
        if (words.isEmpty()) {
            return new Signature(hash, null);
        }
        int[] min = new int[HASHES];
        java.util.Arrays.fill(min, Integer.MAX_VALUE);
        int span = Math.min(SHINGLE_WORDS, words.size());
        for (int i = 0; i + span <= words.size(); i++) {
            long h = 1125899906842597L;
            for (int k = i; k < i + span; k++) {
                h = 31 * h + words.get(k).hashCode();
                h = mix(h);
            }
            for (int j = 0; j < HASHES; j++) {
                int v = (int) (((h ^ SEEDS[j]) * 0x9E3779B97F4A7C15L) >>> 32); // multiply-shift hashing
                if (v < min[j]) {
                    min[j] = v;
                }
            }
        }
        return new Signature(hash, min);
    }

    /** The earlier document {@code id}'s text duplicates, if any; otherwise the document is added. */
    public Optional<Match> addOrMatch(String id, Signature signature) {
        synchronized (this) {
            String same = exact.get(signature.contentHash());
            if (same != null) {
                return Optional.of(new Match(same, 1.0, true));
            }
            if (signature.minHashes() == null) {
                keep(new Entry(id, signature.contentHash(), null));
                return Optional.empty();
            }
            Match best = null;
            for (int b = 0; b < BANDS; b++) {
                List<Entry> bucket = bands.get(b).get(bandKey(signature.minHashes(), b));
                if (bucket == null) {
                    continue;
                }
                for (Entry e : bucket) {
                    double sim = similarity(signature.minHashes(), e.minHashes());
                    if (sim >= THRESHOLD && (best == null || sim > best.similarity())) {
                        best = new Match(e.id(), sim, false);
                    }
                }
            }
            if (best != null) {
                return Optional.of(best);
            }
            keep(new Entry(id, signature.contentHash(), signature.minHashes()));
            return Optional.empty();
        }
    }

    /** Adds an original, forgetting the oldest beyond the window (under the lock). */
    private void keep(Entry entry) {
        exact.put(entry.contentHash(), entry.id());
        if (entry.minHashes() != null) {
            for (int b = 0; b < BANDS; b++) {
                bands.get(b).computeIfAbsent(bandKey(entry.minHashes(), b), k -> new ArrayList<>(1)).add(entry);
            }
        }
        kept.addLast(entry);
        if (kept.size() > window) {
            Entry old = kept.removeFirst();
            exact.remove(old.contentHash(), old.id());
            if (old.minHashes() != null) {
                for (int b = 0; b < BANDS; b++) {
                    long key = bandKey(old.minHashes(), b);
                    List<Entry> bucket = bands.get(b).get(key);
                    if (bucket != null) {
                        bucket.removeIf(e -> e == old);
                        if (bucket.isEmpty()) {
                            bands.get(b).remove(key);
                        }
                    }
                }
            }
        }
    }

    /** Estimated Jaccard similarity of two signatures: the share of equal minima. */
    public static double similarity(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / HASHES;
    }

    /**
     * The keys a stored index (the ledger, the Spark job) files a signature under, one per band: the
     * hash of the band's rows, the band number in the low 6 bits. Stored ledgers hold these keys, so
     * they never change.
     */
    public static long[] storedBandKeys(int[] minHashes) {
        long[] keys = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            int h = java.util.Arrays.hashCode(java.util.Arrays.copyOfRange(minHashes, b * ROWS, (b + 1) * ROWS));
            keys[b] = ((long) h << 6) | b;
        }
        return keys;
    }

    private static long bandKey(int[] min, int band) {
        long key = band;
        for (int r = band * ROWS; r < (band + 1) * ROWS; r++) {
            key = mix(key * 31 + min[r]);
        }
        return key;
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>(text.length() / 6 + 1);
        StringBuilder w = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                w.append(Character.toLowerCase(c));
            } else if (w.length() > 0) {
                out.add(w.toString());
                w.setLength(0);
            }
        }
        return out;
    }

    /** SplitMix64 finaliser: a fast, well-mixed 64-bit hash step. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static long[] seeds() {
        long[] s = new long[HASHES];
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            x += 0x9E3779B97F4A7C15L;
            s[i] = mix(x);
        }
        return s;
    }

    private static String sha256(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
