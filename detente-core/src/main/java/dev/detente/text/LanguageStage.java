package dev.detente.text;

import java.util.Set;
import dev.detente.doc.Layer;
import dev.detente.doc.Doc;
import dev.detente.pipeline.Stage;

/**
 * Sets {@code ArticleMeta.language} (ISO 639-1) from the text itself: a page's declared language is
 * often a site template's, so it is kept only when the text is too short to identify.
 */
public final class LanguageStage implements Stage {
    private final LanguageIdentifier identifier;

    public LanguageStage(LanguageIdentifier identifier) {
        this.identifier = identifier;
    }

    @Override
    public String name() {
        return "language";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of();
    }

    @Override
    public Doc process(Doc doc) {
        String code = identifier.identify(doc.text());
        if (code == null) {
            return doc;
        }
        return doc.withMeta(doc.meta().withLanguage(code, "langdetect"));
    }
}
