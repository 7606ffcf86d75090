package dev.detente.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.detente.doc.ArticleMeta;
import dev.detente.doc.Doc;
import dev.detente.pipeline.OutputContributor;
import dev.detente.pipeline.OutputOptions;

/**
 * The article-level fields: published, title, language, url, outlet, author, duplicate_of (the id
 * of an earlier document with the same or nearly the same text, else null), and where each came
 * from (meta_sources, keys in alphabetical order); with {@link OutputOptions#text()}, the analysed
 * text (the normalised body that every offset points into).
 */
public final class MetaOutput implements OutputContributor {
    @Override
    public void contribute(Doc doc, ObjectNode out, OutputOptions options) {
        ArticleMeta m = doc.meta();
        out.put("published", m.published() == null ? null : m.published().toString());
        out.put("title", m.title());
        out.put("language", m.language());
        out.put("url", m.url());
        out.put("outlet", m.outlet());
        out.put("author", m.author());
        out.put("duplicate_of", doc.getOrDefault(IngestLayers.DUPLICATE_OF, null));
        if (!m.sources().isEmpty()) {
            ObjectNode src = out.putObject("meta_sources");
            new java.util.TreeMap<>(m.sources()).forEach(src::put); // sorted: the same bytes on every run
        }
        if (options.text()) {
            out.put("text", doc.text());
        }
    }
}
