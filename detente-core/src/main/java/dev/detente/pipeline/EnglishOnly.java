package dev.detente.pipeline;

import dev.detente.doc.Doc;
import java.util.List;

/**
 * Runs an English extraction stage only on English documents; any other document passes through
 * unchanged, so the English rules never mangle a Serbian or French article. A document whose
 * language is unknown (too short to identify) is treated as English.
 */
public final class EnglishOnly implements Stage {
    /** The language code (ISO 639-1) of the documents the extraction stages read. */
    public static final String ENGLISH = "en";

    private final Stage stage;

    private EnglishOnly(Stage stage) {
        this.stage = stage;
    }

    public static Stage wrap(Stage stage) {
        return stage instanceof EnglishOnly ? stage : new EnglishOnly(stage);
    }

    /** Wraps every stage of a list, in order. */
    public static List<Stage> wrapAll(List<Stage> stages) {
        return stages.stream().map(EnglishOnly::wrap).toList();
    }

    public static boolean isEnglish(Doc doc) {
        return isEnglish(doc.meta().language());
    }

    /** Whether a document of language code {@code lang} is read as English (unknown counts as English). */
    public static boolean isEnglish(String lang) {
        return lang == null || lang.equals(ENGLISH);
    }

    @Override
    public String name() {
        return stage.name();
    }

    @Override
    public Doc process(Doc doc) {
        return isEnglish(doc) ? stage.process(doc) : doc;
    }
}
