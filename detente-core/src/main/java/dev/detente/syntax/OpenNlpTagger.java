package dev.detente.syntax;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * OpenNLP's maximum-entropy tagger with the UD English-EWT model (opennlp-models-pos-en, UPOS,
 * about 120k tokens per core-second here). The model is loaded once and shared; each thread keeps
 * its own tagger over it (POSTaggerME is not thread-safe).
 */
public final class OpenNlpTagger implements Tagger {
    private static final String MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static volatile OpenNlpTagger shared;
    private final ThreadLocal<POSTaggerME> taggers;

    private OpenNlpTagger(POSModel model) {
        this.taggers = ThreadLocal.withInitial(() -> new POSTaggerME(model));
    }

    /** The one instance (the model loads on first use, about 0.3 s). */
    public static OpenNlpTagger shared() {
        OpenNlpTagger t = shared;
        if (t == null) {
            synchronized (OpenNlpTagger.class) {
                t = shared;
                if (t == null) {
                    t = new OpenNlpTagger(load());
                    shared = t;
                }
            }
        }
        return t;
    }

    private static POSModel load() {
        try (InputStream in = OpenNlpTagger.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException(MODEL.substring(1) + " not on the classpath (opennlp-models-pos-en)");
            }
            return new POSModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("POS model: " + e.getMessage(), e);
        }
    }

    @Override
    public Upos[] tag(List<String> words) {
        String[] tags = taggers.get().tag(words.toArray(String[]::new));
        Upos[] out = new Upos[tags.length];
        for (int i = 0; i < tags.length; i++) {
            out[i] = Upos.of(tags[i]);
        }
        return out;
    }
}
