package dev.detente.store.sqlite;

import dev.detente.text.NearDuplicateIndex;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Near-duplicate lookup over the ledger: the {@link NearDuplicateIndex} scheme (MinHash signature,
 * banded for candidates, verified by estimated Jaccard ≥ {@link NearDuplicateIndex#THRESHOLD}) with
 * the bands and signatures in SQLite, so copies are recognised across runs. Writer thread only.
 */
final class NearDuplicates {
    static final int MAX_CANDIDATES = 8;
    /**
     * Of each band, only the latest originals sharing its key are counted, so a lookup costs the same
     * at any ledger size: a band key shared by more originals is boilerplate that says little (a real
     * copy shares most of its 21 bands, most of them with few others), and without the bound its
     * originals were all read for every article (a growing share of the writer's time).
     */
    static final int BAND_LATEST = 64;
    /** An earlier original this article copies. */
    record Match(String id, double similarity) {
    }

    private final PreparedStatement candidates;
    private final PreparedStatement signatureOf;
    private final PreparedStatement insertSignature;
    private final PreparedStatement insertBand;

    NearDuplicates(Connection c) throws SQLException {
        StringBuilder bands = new StringBuilder();
        for (int b = 0; b < NearDuplicateIndex.BANDS; b++) {
            bands.append(b == 0 ? "" : " UNION ALL ").append("SELECT seq FROM (SELECT seq FROM article_bands WHERE bkey = ? "
                    + "ORDER BY seq DESC LIMIT " + BAND_LATEST + ")");
        }
        // the originals sharing the most bands are the likeliest matches: verify those only, so a
        // corpus of look-alike stories does not make every lookup scan thousands of candidates
        candidates = c.prepareStatement("SELECT b.seq, a.id FROM (SELECT seq, count(*) AS shared FROM (" + bands + ") "
                + "GROUP BY seq ORDER BY shared DESC, seq LIMIT " + MAX_CANDIDATES + ") b "
                + "JOIN articles a ON a.seq = b.seq ORDER BY b.shared DESC, b.seq");
        signatureOf = c.prepareStatement("SELECT min_hashes FROM article_signatures WHERE seq = ?");
        insertSignature = c.prepareStatement("INSERT OR REPLACE INTO article_signatures (seq, min_hashes) VALUES (?, ?)");
        insertBand = c.prepareStatement("INSERT OR IGNORE INTO article_bands (bkey, seq) VALUES (?, ?)");
    }

    /** The most similar stored original, if one reaches the threshold (the earliest on a tie). */
    Match find(int[] minHashes) throws SQLException {
        long[] keys = NearDuplicateIndex.storedBandKeys(minHashes);
        for (int b = 0; b < keys.length; b++) {
            candidates.setLong(b + 1, keys[b]);
        }
        Set<Object[]> found = new LinkedHashSet<>();
        try (ResultSet r = candidates.executeQuery()) {
            while (r.next()) {
                found.add(new Object[] {r.getLong(1), r.getString(2)});
            }
        }
        Match best = null;
        for (Object[] f : found) {
            signatureOf.setLong(1, (Long) f[0]);
            try (ResultSet r = signatureOf.executeQuery()) {
                if (!r.next()) {
                    continue;
                }
                double sim = NearDuplicateIndex.similarity(minHashes, decode(r.getBytes(1)));
                if (sim >= NearDuplicateIndex.THRESHOLD && (best == null || sim > best.similarity())) {
                    best = new Match((String) f[1], sim);
                }
            }
        }
        return best;
    }

    /** Indexes an original so later copies find it. */
    void add(long seq, int[] minHashes) throws SQLException {
        insertSignature.setLong(1, seq);
        insertSignature.setBytes(2, encode(minHashes));
        insertSignature.executeUpdate();
        for (long key : NearDuplicateIndex.storedBandKeys(minHashes)) {
            insertBand.setLong(1, key);
            insertBand.setLong(2, seq);
            insertBand.executeUpdate();
        }
    }

    static void remove(Connection c, long seq) throws SQLException {
        for (String sql : new String[] {"DELETE FROM article_bands WHERE seq = ?", "DELETE FROM article_signatures WHERE seq = ?"}) {
            try (PreparedStatement p = c.prepareStatement(sql)) {
                p.setLong(1, seq);
                p.executeUpdate();
            }
        }
    }

    private static byte[] encode(int[] v) {
        ByteBuffer buf = ByteBuffer.allocate(v.length * 4);
        buf.asIntBuffer().put(v);
        return buf.array();
    }

    private static int[] decode(byte[] bytes) {
        int[] v = new int[bytes.length / 4];
        ByteBuffer.wrap(bytes).asIntBuffer().get(v);
        return v;
    }
}
