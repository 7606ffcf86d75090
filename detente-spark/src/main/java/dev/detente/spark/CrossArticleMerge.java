package dev.detente.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.detente.store.model.ActorEntry;
import dev.detente.store.model.ArticleEntry;
import dev.detente.store.sqlite.LedgerWriter.Outcome;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The cross-article work, in Spark, with the ledger's rules, so the tables equal what `detente
 * ingest` + `detente export` give for the same articles in the same order:
 * <ol>
 * <li>the ingest order: the analysed articles numbered ({@code seq}) as the ledger numbers them; an
 * id seen again with the same text is left out (unchanged), with new text it replaces the earlier version;</li>
 * <li>duplicate stories ({@link NearDuplicateJoin}: hash groups and LSH banding in Spark, the writer's
 * order-dependent choice replayed on the driver over the few matched articles);</li>
 * <li>people across articles ({@link PersonKeys}: the actor registry, one pass on the driver over the
 * articles' people only);</li>
 * <li>statements grouped by speaker, events by merge key, actors by ledger key, each group decided
 * by {@link MergeRules} on the executors; ids in ingest order; the relations index grouped by pair.</li>
 * </ol>
 */
final class CrossArticleMerge {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** An analysed article in the ingest order (never shuffled: it never leaves its executor). */
    record Parsed(long seq, ArticleEntry entry) {
    }

    /** The merged tables (rows with the partition date last) and the ledger's outcome per article. */
    record Result(JavaRDD<Row> articles, long articleCount, JavaPairRDD<Long, Merged> statements,
                  JavaPairRDD<Long, Merged> events, JavaRDD<Row> actors, JavaRDD<Row> relations, JavaRDD<String> records,
                  Map<Outcome, Long> outcomes, List<Runnable> release) {
        void unpersist() {
            release.forEach(Runnable::run);
        }
    }

    private CrossArticleMerge() {
    }

    /** {@code analysed}: the analysed rows ({@link ArticleAnalysis#SCHEMA}, status OK) in ingest order. */
    static Result run(JavaRDD<Row> analysed) {
        JavaSparkContext jsc = JavaSparkContexts.of(analysed);
        Map<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            outcomes.put(o, 0L);
        }
        List<Runnable> release = new ArrayList<>();
        JavaRDD<Row> kept = sameIds(jsc, analysed, outcomes);
        // seq: the ledger's article numbering (zipWithIndex keeps the partitions' order)
        Steps.done("same ids");
        JavaPairRDD<Row, Long> numbered = kept.zipWithIndex();
        Steps.done("numbering");
        // the entries as the analysis built them, numbered (a map over the cached rows: nothing to keep twice)
        JavaRDD<Parsed> parsed = numbered.map(t -> new Parsed(t._2() + 1, ((Analysed) t._1().get(ArticleAnalysis.ENTRY)).entry()));

        Map<Long, NearDuplicateJoin.Copy> copies = NearDuplicateJoin.find(parsed.map(p -> new NearDuplicateJoin.Signed(p.seq(),
                p.entry().id(), p.entry().contentHash(), p.entry().minHashes())));
        long articleCount = numbered.count();
        Steps.done("duplicates");
        outcomes.merge(Outcome.DUPLICATE, (long) copies.size(), Long::sum);
        outcomes.merge(Outcome.ADDED, articleCount - copies.size(), Long::sum);

        // people: the registry, in ingest order, over the articles that name people
        List<PersonKeys.ArticleActors> withPeople = new ArrayList<>(parsed.filter(p -> hasPeople(p.entry()))
                .map(p -> new PersonKeys.ArticleActors(p.seq(), p.entry().id(), p.entry().published(),
                        p.entry().actors().stream().map(PersonKeys.Actor::of).toList())).collect());
        withPeople.sort(java.util.Comparator.comparingLong(PersonKeys.ArticleActors::seq));
        List<PersonKeys.Resolved> resolved = PersonKeys.resolve(withPeople);
        Steps.done("people");
        Map<Long, Map<String, String>> rekeys = new HashMap<>();
        for (PersonKeys.Resolved r : resolved) {
            if (!r.rekey().isEmpty()) {
                rekeys.put(r.seq(), r.rekey());
            }
        }
        Broadcast<Map<Long, Map<String, String>>> rekey = jsc.broadcast(rekeys);
        Broadcast<Map<Long, NearDuplicateJoin.Copy>> copyOf = jsc.broadcast(copies);
        release.add(() -> { rekey.destroy(); copyOf.destroy(); });

        JavaRDD<Report> statementReports = parsed.flatMap(p -> ExportRows.statements(p.seq(), p.entry(),
                rekey.value().getOrDefault(p.seq(), Map.of())).iterator());
        JavaRDD<Merged> statements = statementReports.filter(r -> r.mergeKey() != null)
                .mapToPair(r -> new Tuple2<>(r.mergeKey(), r)).groupByKey()
                .flatMap(g -> MergeRules.statements(MergeRules.inOrder(g._2())).iterator())
                .union(statementReports.filter(r -> r.mergeKey() == null).map(r -> new Merged(r, List.of(r.source()))));
        JavaPairRDD<Long, Merged> statementIds = numberInOrder(statements, articleCount, release);
        release.add(statementIds::unpersist);
        Steps.done("statements numbered");

        JavaRDD<Merged> events = parsed.flatMap(p -> ExportRows.events(p.seq(), p.entry(),
                        rekey.value().getOrDefault(p.seq(), Map.of())).iterator())
                .mapToPair(r -> new Tuple2<>(r.mergeKey(), r)).groupByKey()
                .map(g -> MergeRules.events(MergeRules.inOrder(g._2())));
        JavaPairRDD<Long, Merged> eventIds = numberInOrder(events, articleCount, release);
        release.add(eventIds::unpersist);
        Steps.done("events numbered");

        // actors: the registry's articles as resolved on the driver, the others as they are
        List<ExportRows.Sighting> resolvedSightings = new ArrayList<>();
        for (PersonKeys.Resolved r : resolved) {
            for (PersonKeys.Actor a : r.actors()) {
                resolvedSightings.add(new ExportRows.Sighting(r.seq(), r.published(), a));
            }
        }
        JavaRDD<ExportRows.Sighting> sightings = parsed.filter(p -> !hasPeople(p.entry())).flatMap(p -> p.entry().actors().stream()
                        .map(a -> new ExportRows.Sighting(p.seq(), p.entry().published(), PersonKeys.Actor.of(a))).iterator())
                .union(jsc.parallelize(resolvedSightings, Math.max(1, jsc.defaultParallelism())));
        JavaRDD<Row> actors = sightings.mapToPair(s -> new Tuple2<>(s.actor().key(), s)).groupByKey()
                .map(g -> {
                    List<ExportRows.Sighting> l = new ArrayList<>();
                    g._2().forEach(l::add);
                    return ExportRows.actor(g._1(), l);
                }).persist(StorageLevel.MEMORY_AND_DISK());
        release.add(actors::unpersist);

        JavaRDD<Row> articles = parsed.map(p -> ExportRows.article(p.entry(), copyOf.value().get(p.seq())));
        JavaRDD<Row> relations = RelationsTable.rows(RelationsTable.items(statementIds, eventIds)).persist(StorageLevel.MEMORY_AND_DISK());
        release.add(relations::unpersist);
        JavaRDD<String> records = numbered.map(t -> recordLine(t._1()));
        return new Result(articles, articleCount, statementIds, eventIds, actors, relations, records, outcomes, release);
    }

    /**
     * Items numbered 1.. in the order the ledger creates them (article by article, in each article's
     * order): partitioned by ranges of seq (known: 1..articles, so no sampling pass), sorted within
     * each partition, then numbered in partition order.
     */
    private static JavaPairRDD<Long, Merged> numberInOrder(JavaRDD<Merged> items, long articles, List<Runnable> release) {
        int partitions = Math.max(1, items.getNumPartitions());
        JavaRDD<Merged> sorted = items.mapToPair(m -> new Tuple2<>(m.first().order(), m))
                .repartitionAndSortWithinPartitions(new SeqRanges(partitions, articles)).values()
                .persist(StorageLevel.MEMORY_AND_DISK());
        release.add(sorted::unpersist);
        return sorted.zipWithIndex()
                .mapToPair(t -> new Tuple2<>(t._2() + 1, t._1())).persist(StorageLevel.MEMORY_AND_DISK());
    }

    /** Orders ({@link Report#order}) by ranges of their article's seq (1..articles, above the order's low 20 bits), lowest first. */
    private static final class SeqRanges extends AnalyzeJob.OrdinalRanges {
        private static final long serialVersionUID = 1L;

        SeqRanges(int partitions, long articles) {
            super(partitions, articles);
        }

        @Override
        long ordinal(Object key) {
            return ((Long) key >>> 20) - 1;
        }
    }

    private static boolean hasPeople(ArticleEntry a) {
        for (ActorEntry e : a.actors()) {
            if ("person".equals(e.kind())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The ledger keeps one version of an id: the same text again is unchanged (left out here), new
     * text replaces it (the last version is kept, at its place in the order). Usually no id repeats,
     * and this costs one small shuffle of ids.
     */
    private static JavaRDD<Row> sameIds(JavaSparkContext jsc, JavaRDD<Row> analysed, Map<Outcome, Long> outcomes) {
        List<String> repeated = analysed.mapToPair(r -> new Tuple2<>(r.getString(ArticleAnalysis.ID), 1L)).reduceByKey(Long::sum)
                .filter(t -> t._2() > 1).keys().collect();
        if (repeated.isEmpty()) {
            return analysed;
        }
        Broadcast<Set<String>> ids = jsc.broadcast(new HashSet<>(repeated));
        List<Row> versions = new ArrayList<>(analysed.filter(r -> ids.value().contains(r.getString(ArticleAnalysis.ID)))
                .map(r -> org.apache.spark.sql.RowFactory.create(r.getString(ArticleAnalysis.ID), r.getLong(0), r.getLong(1),
                        r.getString(5))).collect());
        versions.sort(java.util.Comparator.comparingLong((Row r) -> r.getLong(1)).thenComparingLong(r -> r.getLong(2)));
        Map<String, Row> current = new LinkedHashMap<>();
        Set<String> dropped = new HashSet<>();
        for (Row v : versions) {
            Row before = current.get(v.getString(0));
            if (before == null) {
                current.put(v.getString(0), v);
            } else if (before.getString(3).equals(v.getString(3))) {
                outcomes.merge(Outcome.UNCHANGED, 1L, Long::sum);
                dropped.add(v.getLong(1) + ":" + v.getLong(2));
            } else {
                // the earlier version was added, then replaced: the new one takes its place in the ledger
                outcomes.merge(Outcome.REPLACED, 1L, Long::sum);
                dropped.add(before.getLong(1) + ":" + before.getLong(2));
                current.put(v.getString(0), v);
            }
        }
        Broadcast<Set<String>> drop = jsc.broadcast(dropped);
        return analysed.filter(r -> !drop.value().contains(r.getLong(0) + ":" + r.getLong(1)));
    }

    /** One line of {@code OUTPUT/records}: what `detente ingest OUTPUT` stores (the analysis, as `detente ingest` has it). */
    static String recordLine(Row r) throws JsonProcessingException {
        StringBuilder b = new StringBuilder(r.getString(ArticleAnalysis.RECORD_JSON).length() + r.getString(ArticleAnalysis.TEXT).length()
                + 600);
        b.append("{\"origin\":").append(JSON.writeValueAsString(r.getString(ArticleAnalysis.INPUT)))
                .append(",\"content_hash\":").append(JSON.writeValueAsString(r.getString(ArticleAnalysis.HASH)))
                .append(",\"min_hashes\":").append(JSON.writeValueAsString(r.get(ArticleAnalysis.MIN_HASHES)))
                .append(",\"text\":").append(JSON.writeValueAsString(r.getString(ArticleAnalysis.TEXT)))
                .append(",\"record\":").append(r.getString(ArticleAnalysis.RECORD_JSON)).append('}');
        return b.toString();
    }
}
