package dev.detente.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.detente.doc.ArticleMeta;
import dev.detente.doc.Doc;
import dev.detente.pipeline.OutputContributor;
import dev.detente.pipeline.OutputOptions;

/** The article-level fields: published, title, language, url, outlet, author, and where each came from. */
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
        if (!m.sources().isEmpty()) {
            ObjectNode src = out.putObject("meta_sources");
            m.sources().forEach(src::put);
        }
    }
}
