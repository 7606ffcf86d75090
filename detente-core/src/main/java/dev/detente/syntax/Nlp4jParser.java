package dev.detente.syntax;

import edu.emory.mathcs.nlp.component.template.node.NLPNode;
import edu.emory.mathcs.nlp.decode.NLPDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * NLP4J's English POS tagger and transition-based dependency parser (Apache-2.0; PUD UAS 87.3,
 * about 11k tokens per core-second). The models load once (about 9 core-seconds and 1 GB of heap)
 * and are shared by all threads: decoding keeps its state per call (checked: the same parses from
 * one thread and from three). {@link #loaded()} loads them before any document is analysed, so
 * the load never counts against one document's time budget.
 */
public final class Nlp4jParser implements DependencyParser {
    private static final String CONFIG = "/dev/detente/syntax/nlp4j-decode.xml";
    private static final Nlp4jParser SHARED = new Nlp4jParser();
    private static final LongAdder SENTENCES = new LongAdder();
    private static final LongAdder WORDS = new LongAdder();
    private volatile NLPDecoder decoder;

    private Nlp4jParser() {
    }

    /** The one instance (its models load on the first {@link #parse}). */
    public static Nlp4jParser shared() {
        return SHARED;
    }

    /**
     * Whether the process runs with {@code -Ddetente.syntax.parse=true}. Off by default: loading the
     * models costs about 9 core-seconds and 1 GB of heap per process, and parsing the 6 % of
     * sentences the events stage asks about triples its cost (docs/event-coding.md, "Syntax").
     */
    public static boolean enabled() {
        return Boolean.getBoolean("detente.syntax.parse");
    }

    /** The one instance with its models loaded (blocks until they are). */
    public static Nlp4jParser loaded() {
        SHARED.decoder();
        return SHARED;
    }

    /** Sentences and words parsed in this process, for the statistics. */
    public static long parsedSentences() {
        return SENTENCES.sum();
    }

    public static long parsedWords() {
        return WORDS.sum();
    }

    @Override
    public DependencyTree parse(List<String> words) {
        NLPNode[] nodes = new NLPNode[words.size() + 1];
        nodes[0] = new NLPNode().toRoot();
        for (int i = 0; i < words.size(); i++) {
            nodes[i + 1] = new NLPNode(i + 1, words.get(i));
        }
        decoder().decode(nodes);
        SENTENCES.increment();
        WORDS.add(words.size());
        int n = words.size();
        int[] heads = new int[n];
        DepLabel[] labels = new DepLabel[n];
        String[] tags = new String[n];
        for (int i = 0; i < n; i++) {
            NLPNode node = nodes[i + 1];
            NLPNode head = node.getDependencyHead();
            heads[i] = head == null ? -1 : head.getID() - 1;
            labels[i] = node.getDependencyLabel() == null ? DepLabel.DEP : DepLabel.of(node.getDependencyLabel());
            tags[i] = node.getPartOfSpeechTag() == null ? "XX" : node.getPartOfSpeechTag();
        }
        return new DependencyTree(heads, labels, tags);
    }

    private NLPDecoder decoder() {
        NLPDecoder d = decoder;
        if (d == null) {
            synchronized (this) {
                d = decoder;
                if (d == null) {
                    d = load();
                    decoder = d;
                }
            }
        }
        return d;
    }

    private static NLPDecoder load() {
        try (InputStream in = Nlp4jParser.class.getResourceAsStream(CONFIG)) {
            if (in == null) {
                throw new IllegalStateException(CONFIG.substring(1) + " not on the classpath");
            }
            return new NLPDecoder(in);
        } catch (IOException e) {
            throw new UncheckedIOException("dependency models: " + e.getMessage(), e);
        }
    }
}
