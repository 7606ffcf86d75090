package dev.detente.spark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.detente.doc.Doc;
import dev.detente.ingest.Article;
import dev.detente.pipeline.Analyzer;
import dev.detente.pipeline.OutputOptions;
import dev.detente.store.model.ArticleEntries;
import dev.detente.store.model.ArticleEntry;
import dev.detente.store.model.RecordJson;
import dev.detente.text.NearDuplicateIndex;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Analyses a partition of raw records, lazily, one record at a time, with the executor's analyzer:
 * each article becomes what the ledger writer needs (its JSON record, normalised text, content hash,
 * near-duplicate signature and its typed entries, read from the record's tree as it is built, so the
 * merge never parses JSON again), exactly as `detente ingest` computes them; a record that fails
 * becomes a reject with its reason, and the others go on.
 */
final class ArticleAnalysis implements FlatMapFunction<Iterator<Row>, Row> {
    private static final long serialVersionUID = 1L;
    /** A row's status: analysed; or rejected, with its reason, as unreadable input, skipped input, or failed analysis. */
    static final String OK = "ANALYSED";
    static final String UNREADABLE = "UNREADABLE";
    static final String SKIPPED = "SKIPPED";
    static final String FAILED = "FAILED";
    private static final OutputOptions RECORD = new OutputOptions(false);
    /** Column positions in {@link #SCHEMA}. */
    static final int INPUT = 3;
    static final int HASH = 5;
    static final int RECORD_JSON = 6;
    static final int TEXT = 7;
    static final int MIN_HASHES = 8;
    static final int ID = 9;
    /** The article's entries, an {@link Analysed} (a Java object after the {@link #SCHEMA} columns; null unless analysed). */
    static final int ENTRY = 10;

    /** The rows' columns, then {@link #ENTRY} (rows stay Java rows, never a DataFrame: min_hashes is an int[]). */
    static final StructType SCHEMA = DataTypes.createStructType(List.of(
            DataTypes.createStructField("file_index", DataTypes.LongType, false),
            DataTypes.createStructField("record_index", DataTypes.LongType, false),
            DataTypes.createStructField("status", DataTypes.StringType, false),
            DataTypes.createStructField("input", DataTypes.StringType, true),
            DataTypes.createStructField("reason", DataTypes.StringType, true),
            DataTypes.createStructField("content_hash", DataTypes.StringType, true),
            DataTypes.createStructField("record", DataTypes.StringType, true),
            DataTypes.createStructField("text", DataTypes.StringType, true),
            DataTypes.createStructField("min_hashes", DataTypes.createArrayType(DataTypes.IntegerType, false), true),
            DataTypes.createStructField("id", DataTypes.StringType, true)));

    private final Analyzers analyzers;

    ArticleAnalysis(Analyzers analyzers) {
        this.analyzers = analyzers;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> raw) {
        return new Iterator<>() {
            private Analyzer analyzer;

            @Override
            public boolean hasNext() {
                return raw.hasNext();
            }

            @Override
            public Row next() {
                Row r = raw.next();
                long file = r.getLong(0);
                long record = r.getLong(1);
                String kind = r.getString(2);
                if (!RawRecords.Kind.ARTICLE.name().equals(kind)) {
                    String status = RawRecords.Kind.SKIPPED.name().equals(kind) ? SKIPPED : UNREADABLE;
                    return SizedRow.of(file, record, status, r.getString(3), r.getString(4), null, null, null, null, null, null);
                }
                if (analyzer == null) {
                    analyzer = analyzers.get();
                }
                return analyse(analyzer, file, record, r);
            }
        };
    }

    static Row analyse(Analyzer analyzer, long file, long record, Row r) {
        String input = r.getString(3);
        try {
            Article article = RawRecords.toArticle(r);
            Doc doc = analyzer.analyze(article);
            ObjectNode json = analyzer.toJson(doc, RECORD);
            String hash = ArticleEntries.sha256(article.text());
            int[] minHashes = NearDuplicateIndex.signature(doc.text()).minHashes();
            String recordJson = json.toString();
            ArticleEntry entry = ArticleEntries.of(RecordJson.read(json), recordJson, doc.text(), hash, input).withMinHashes(minHashes);
            return SizedRow.of(file, record, OK, input, null, hash, recordJson, doc.text(), minHashes,
                    json.path("id").asText(null), new Analysed(entry));
        } catch (RuntimeException | StackOverflowError e) {
            // the same reason `detente ingest` gives
            return SizedRow.of(file, record, FAILED, input, "analysis failed: " + e, null, null, null, null, null, null);
        }
    }
}
