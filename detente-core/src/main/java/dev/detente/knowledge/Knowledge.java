package dev.detente.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The one knowledge layer of the pipeline: every built-in data file of {@code dev/detente/knowledge/}
 * (countries with names, demonyms, capitals, seats of government and cities; organisations, IGOs and
 * government bodies; titles and their abbreviations; names; the word lists of every stage in
 * {@code lexicon/*.yaml}) read once, then the user's {@code --knowledge FILE.yaml} files, which add
 * to any of it with the same keys. {@code Pipelines} loads one and hands it to every stage.
 *
 * <p>Stages read it two ways: {@link #lexicon()} for named word lists and tables, and
 * {@link #view(Class, Function)} for a stage's own compiled form of the sources (the actors'
 * gazetteer, the issue taxonomy), built once per Knowledge and shared. Immutable and thread-safe.
 */
public final class Knowledge {
    private static final String BASE = "/dev/detente/knowledge/";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static volatile Knowledge builtIn;

    private final List<Source> sources;
    private final List<Path> userFiles;
    private final Lexicon lexicon;
    private final Map<Class<?>, Object> views = new ConcurrentHashMap<>();

    /** One data file's tree: {@code name} is the resource name or the user's path, for messages. */
    public record Source(String name, JsonNode root, boolean builtIn) {
    }

    private Knowledge(List<Source> sources, List<Path> userFiles) {
        this.sources = List.copyOf(sources);
        this.userFiles = List.copyOf(userFiles);
        this.lexicon = Lexicon.of(this.sources);
    }

    /** The built-in knowledge, read on first use. */
    public static Knowledge builtIn() {
        Knowledge k = builtIn;
        if (k == null) {
            synchronized (Knowledge.class) {
                k = builtIn;
                if (k == null) {
                    k = new Knowledge(readBuiltIn(), List.of());
                    builtIn = k;
                }
            }
        }
        return k;
    }

    /**
     * The built-in knowledge extended by the user's YAML files, in order. A file that cannot be read
     * or parsed, or whose top level is not a mapping, fails with one message naming it.
     */
    public static Knowledge load(List<Path> userFiles) {
        if (userFiles == null || userFiles.isEmpty()) {
            return builtIn();
        }
        List<Source> sources = new ArrayList<>(builtIn().sources);
        for (Path file : userFiles) {
            JsonNode root;
            try {
                root = YAML.readTree(Files.readAllBytes(file));
            } catch (IOException e) {
                throw new IllegalArgumentException("knowledge file " + file + ": " + firstLine(e.getMessage()), e);
            }
            if (root == null || root.isMissingNode() || root.isNull()) {
                continue;
            }
            if (!root.isObject()) {
                throw new IllegalArgumentException("knowledge file " + file + ": top level must be a mapping");
            }
            sources.add(new Source(file.toString(), root, false));
        }
        return new Knowledge(sources, userFiles);
    }

    /** Every source, built-in first, then the user's files in order. */
    public List<Source> sources() {
        return sources;
    }

    /** The user's files this knowledge was extended with (empty for the built-in one). */
    public List<Path> userFiles() {
        return userFiles;
    }

    /** The named word lists and tables of every stage. */
    public Lexicon lexicon() {
        return lexicon;
    }

    /**
     * A stage's compiled form of this knowledge, built by {@code build} on first request and shared
     * by every later caller (one per type and Knowledge).
     */
    public <T> T view(Class<T> type, Function<Knowledge, T> build) {
        Object v = views.get(type);
        if (v == null) {
            synchronized (views) {
                v = views.get(type);
                if (v == null) {
                    v = build.apply(this);
                    views.put(type, v);
                }
            }
        }
        return type.cast(v);
    }

    private static List<Source> readBuiltIn() {
        List<Source> out = new ArrayList<>();
        for (String name : KnowledgeFiles.builtInNames()) {
            String resource = name.startsWith("/") ? name : BASE + name;
            try (InputStream in = Knowledge.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("built-in knowledge file missing: " + resource);
                }
                JsonNode root = YAML.readTree(in);
                if (root != null && root.isObject()) {
                    out.add(new Source(name, root, true));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read built-in knowledge " + name + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
