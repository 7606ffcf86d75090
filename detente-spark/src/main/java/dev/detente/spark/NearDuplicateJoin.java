package dev.detente.spark;

import dev.detente.text.NearDuplicateIndex;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;

/**
 * Duplicate stories, as the ledger finds them, at scale: the same text (content hash) or nearly
 * (MinHash signatures, LSH banding: {@link NearDuplicateIndex#BANDS} bands of
 * {@link NearDuplicateIndex#ROWS} rows). The candidate pairs are found and verified in Spark (a
 * shuffle of band keys and seqs, then one of the signatures of the articles sharing a bucket); the driver then replays the writer's rule over the few articles that have a
 * verified match — a copy of the earliest original with the same hash, else of the most similar of
 * the {@link #MAX_CANDIDATES} originals sharing the most bands (Jaccard ≥ {@link NearDuplicateIndex#THRESHOLD}),
 * where an original is an article that is no copy itself — which is order-dependent but tiny.
 */
final class NearDuplicateJoin {
    /** The writer's bound: the originals sharing the most bands are the ones verified. */
    static final int MAX_CANDIDATES = 8;

    /** An article as the duplicate search sees it. */
    record Signed(long seq, String id, String hash, int[] minHashes) implements Serializable, org.apache.spark.util.KnownSizeEstimation {
        @Serial
        private static final long serialVersionUID = 1L;

        /** Told, not walked (see {@link SizedRow}). */
        @Override
        public long estimatedSize() {
            return 200 + (minHashes == null ? 0 : 16 + 4L * minHashes.length);
        }
    }

    /** A later article {@code seq}, an earlier one {@code earlier}: bands shared and estimated similarity. */
    record Pair(long seq, long earlier, int shared, double similarity) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    /** What an article copies: the original's id and the similarity (1.0 for the same text). */
    record Copy(String of, double similarity) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    private NearDuplicateJoin() {
    }

    /** The copies among the articles, by seq. */
    static Map<Long, Copy> find(JavaRDD<Signed> articles) {
        // same text: groups of one hash (the signatures stay home)
        List<List<Signed>> sameText = articles.mapToPair(a -> new Tuple2<>(a.hash(), new Signed(a.seq(), a.id(), a.hash(), null)))
                .groupByKey().map(g -> { List<Signed> l = new ArrayList<>(); g._2().forEach(l::add); return l; })
                .filter(l -> l.size() > 1).collect();
        // nearly the same: band buckets of seqs first (16 bytes an article and band, not its signature),
        // then the signatures of the few articles that share a bucket, joined back to their buckets
        JavaPairRDD<Long, Long> members = articles.flatMapToPair(a -> {
            long[] keys = NearDuplicateIndex.storedBandKeys(a.minHashes());
            List<Tuple2<Long, Long>> out = new ArrayList<>(keys.length);
            for (long k : keys) {
                out.add(new Tuple2<>(k, a.seq()));
            }
            return out.iterator();
        }).groupByKey().flatMapToPair(g -> {
            List<Tuple2<Long, Long>> out = new ArrayList<>();
            g._2().forEach(seq -> out.add(new Tuple2<>(seq, g._1())));
            return (out.size() > 1 ? out : List.<Tuple2<Long, Long>>of()).iterator();
        });
        // the buckets of two or more, with their members' signatures
        JavaRDD<List<Signed>> buckets = articles.mapToPair(a -> new Tuple2<>(a.seq(), a)).join(members)
                .mapToPair(t -> new Tuple2<>(t._2()._2(), t._2()._1())).groupByKey()
                .map(g -> { List<Signed> l = new ArrayList<>(); g._2().forEach(l::add); return l; })
                .cache();
        try {
            Set<Long> matched = new HashSet<>(buckets.flatMap(b -> verified(b).iterator()).distinct().collect());
            if (matched.isEmpty() && sameText.isEmpty()) {
                return Map.of();
            }
            // every candidate of an article that has a match decides which originals it is compared with
            Broadcast<Set<Long>> wanted = JavaSparkContexts.of(articles).broadcast(matched);
            List<Pair> pairs = matched.isEmpty() ? List.of() : buckets.flatMapToPair(b -> {
                List<Tuple2<Tuple2<Long, Long>, Double>> out = new ArrayList<>();
                for (Signed later : b) {
                    if (!wanted.value().contains(later.seq())) {
                        continue;
                    }
                    for (Signed earlier : b) {
                        if (earlier.seq() < later.seq()) {
                            out.add(new Tuple2<>(new Tuple2<>(later.seq(), earlier.seq()),
                                    NearDuplicateIndex.similarity(later.minHashes(), earlier.minHashes())));
                        }
                    }
                }
                return out.iterator();
            }).mapValues(s -> new double[] {1, s}).reduceByKey((x, y) -> new double[] {x[0] + y[0], x[1]})
                    .map(p -> new Pair(p._1()._1(), p._1()._2(), (int) p._2()[0], p._2()[1])).collect();
            wanted.destroy();
            return resolve(sameText, pairs, ids(articles, pairs));
        } finally {
            buckets.unpersist();
        }
    }

    /** The later article of each pair in this bucket whose similarity reaches the threshold. */
    private static List<Long> verified(List<Signed> bucket) {
        List<Long> out = new ArrayList<>();
        for (Signed later : bucket) {
            for (Signed earlier : bucket) {
                if (earlier.seq() < later.seq()
                        && NearDuplicateIndex.similarity(later.minHashes(), earlier.minHashes()) >= NearDuplicateIndex.THRESHOLD) {
                    out.add(later.seq());
                    break;
                }
            }
        }
        return out;
    }

    private static Map<Long, String> ids(JavaRDD<Signed> articles, List<Pair> pairs) {
        Set<Long> seqs = new HashSet<>();
        for (Pair p : pairs) {
            seqs.add(p.earlier());
        }
        if (seqs.isEmpty()) {
            return Map.of();
        }
        Broadcast<Set<Long>> wanted = JavaSparkContexts.of(articles).broadcast(seqs);
        Map<Long, String> out = new HashMap<>(articles.filter(a -> wanted.value().contains(a.seq()))
                .mapToPair(a -> new Tuple2<>(a.seq(), a.id())).collectAsMap());
        wanted.destroy();
        return out;
    }

    /** The writer's decisions, article by article in ingest order, over the articles that may be copies. */
    static Map<Long, Copy> resolve(List<List<Signed>> sameText, List<Pair> pairs, Map<Long, String> ids) {
        Map<Long, List<Signed>> earlierSameText = new HashMap<>();
        for (List<Signed> group : sameText) {
            List<Signed> g = new ArrayList<>(group);
            g.sort(Comparator.comparingLong(Signed::seq));
            for (Signed s : g) {
                earlierSameText.put(s.seq(), g);
            }
        }
        Map<Long, List<Pair>> candidates = new HashMap<>();
        for (Pair p : pairs) {
            candidates.computeIfAbsent(p.seq(), k -> new ArrayList<>()).add(p);
        }
        TreeSet<Long> order = new TreeSet<>(earlierSameText.keySet());
        order.addAll(candidates.keySet());
        Map<Long, Copy> copies = new HashMap<>();
        for (long seq : order) {
            Copy copy = null;
            List<Signed> group = earlierSameText.get(seq);
            if (group != null) {
                String id = group.stream().filter(s -> s.seq() == seq).findFirst().orElseThrow().id();
                for (Signed s : group) {
                    if (s.seq() >= seq) {
                        break;
                    }
                    if (!copies.containsKey(s.seq()) && !s.id().equals(id)) {
                        copy = new Copy(s.id(), 1.0);
                        break;
                    }
                }
            }
            if (copy == null && candidates.containsKey(seq)) {
                List<Pair> originals = new ArrayList<>(candidates.get(seq).stream().filter(p -> !copies.containsKey(p.earlier())).toList());
                originals.sort(Comparator.comparingInt(Pair::shared).reversed().thenComparingLong(Pair::earlier));
                Pair best = null;
                for (Pair p : originals.subList(0, Math.min(MAX_CANDIDATES, originals.size()))) {
                    if (p.similarity() >= NearDuplicateIndex.THRESHOLD && (best == null || p.similarity() > best.similarity())) {
                        best = p;
                    }
                }
                if (best != null) {
                    copy = new Copy(ids.get(best.earlier()), best.similarity());
                }
            }
            if (copy != null) {
                copies.put(seq, copy);
            }
        }
        return copies;
    }
}
