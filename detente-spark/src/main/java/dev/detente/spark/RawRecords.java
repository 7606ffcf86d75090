package dev.detente.spark;

import dev.detente.doc.ArticleMeta;
import dev.detente.ingest.Article;
import dev.detente.ingest.IngestListener;
import dev.detente.ingest.Ingestor;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Raw records, before analysis: an article as the ingest readers produced it, or an input that
 * failed or was skipped, with its reason. {@code file_index, record_index} is the ingest order.
 * An {@link Article} is never shipped as an object: its fields travel as columns.
 */
final class RawRecords {
    enum Kind { ARTICLE, FAILED, SKIPPED }

    static final StructType SCHEMA = DataTypes.createStructType(List.of(
            DataTypes.createStructField("file_index", DataTypes.LongType, false),
            DataTypes.createStructField("record_index", DataTypes.LongType, false),
            DataTypes.createStructField("kind", DataTypes.StringType, false),
            DataTypes.createStructField("input", DataTypes.StringType, true),
            DataTypes.createStructField("reason", DataTypes.StringType, true),
            DataTypes.createStructField("id", DataTypes.StringType, true),
            DataTypes.createStructField("text", DataTypes.StringType, true),
            DataTypes.createStructField("url", DataTypes.StringType, true),
            DataTypes.createStructField("title", DataTypes.StringType, true),
            DataTypes.createStructField("published", DataTypes.StringType, true),
            DataTypes.createStructField("outlet", DataTypes.StringType, true),
            DataTypes.createStructField("author", DataTypes.StringType, true),
            DataTypes.createStructField("language", DataTypes.StringType, true),
            DataTypes.createStructField("sources", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType), true),
            DataTypes.createStructField("extra", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType), true)));

    /** The article columns a Parquet article table may have (only text is required; `detente export`'s articles table fits). */
    static final List<String> TABLE_COLUMNS = List.of("id", "text", "url", "title", "published", "outlet", "author", "language");

    private RawRecords() {
    }

    static Row article(long file, long record, Article a) {
        ArticleMeta m = a.meta();
        return SizedRow.of(file, record, Kind.ARTICLE.name(), a.origin(), null, a.id(), a.text(), m.url(), m.title(),
                m.published() == null ? null : m.published().toString(), m.outlet(), m.author(), m.language(),
                CollectionConverters.asScala(m.sources()), CollectionConverters.asScala(m.extra()));
    }

    static Row problem(long file, long record, Kind kind, String input, String reason) {
        return SizedRow.of(file, record, kind.name(), input, reason, null, null, null, null, null, null, null, null,
                null, null);
    }

    /** The article a raw ARTICLE row holds; a bad field (e.g. an unreadable date) throws, and the record fails alone. */
    static Article toArticle(Row r) {
        String published = r.getString(9);
        ArticleMeta meta = new ArticleMeta(r.getString(7), r.getString(8),
                published == null || published.isBlank() ? null : LocalDate.parse(published.strip().substring(0,
                        Math.min(10, published.strip().length()))),
                r.getString(10), r.getString(11), r.getString(12), map(r, 13), map(r, 14));
        return new Article(r.getString(5), r.getString(6), meta, r.getString(3));
    }

    private static Map<String, String> map(Row r, int i) {
        if (r.isNullAt(i)) {
            return Map.of();
        }
        return new HashMap<>(r.<String, String>getJavaMap(i));
    }

    /** Reads files with the standard ingest readers (WARC, JSON Lines, HTML, feeds, text; gzip), one task per file group. */
    static final class FileReader implements FlatMapFunction<Iterator<InputFiles.Input>, Row> {
        private static final long serialVersionUID = 1L;
        private final HadoopConf conf;
        private final Analyzers analyzers;

        /** {@code analyzers}: the job's analysis settings, whose knowledge files the readers take too. */
        FileReader(HadoopConf conf, Analyzers analyzers) {
            this.conf = conf;
            this.analyzers = analyzers;
        }

        @Override
        public Iterator<Row> call(Iterator<InputFiles.Input> files) {
            List<Row> rows = new ArrayList<>();
            Ingestor ingestor = Ingestor.standard(analyzers.knowledge());
            while (files.hasNext()) {
                InputFiles.Input f = files.next();
                long[] n = {0};
                IngestListener listener = new IngestListener() {
                    @Override
                    public void article(Article article) {
                        rows.add(RawRecords.article(f.index(), n[0]++, article));
                    }

                    @Override
                    public void failed(String input, String reason) {
                        rows.add(problem(f.index(), n[0]++, Kind.FAILED, input, reason));
                    }

                    @Override
                    public void skipped(String input, String reason) {
                        rows.add(problem(f.index(), n[0]++, Kind.SKIPPED, input, reason));
                    }
                };
                Path p = new Path(f.path());
                String name = displayName(p);
                try (InputStream in = p.getFileSystem(conf.get()).open(p)) {
                    ingestor.readStream(name, in, listener);
                } catch (IOException | RuntimeException e) {
                    listener.failed(name, "cannot read: " + e.getMessage());
                }
            }
            return rows.iterator();
        }
    }

    /** A local file by its path, as `detente ingest` names it; any other file system by its URI. */
    static String displayName(Path p) {
        return "file".equals(p.toUri().getScheme()) ? p.toUri().getPath() : p.toString();
    }
}
