package dev.detente.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * An architecture test over the sources of every module: knowledge is data (issue 16). It fails
 * when {@code src/main/java} holds a collection of word or phrase literals ({@code Set.of("a",
 * "b")}, {@code List.of}, {@code Map.of}, {@code Arrays.asList}, {@code new String[] {...}}) or reads
 * the built-in knowledge statically outside {@code dev.detente.knowledge} (so that a
 * {@code --knowledge} file could not reach it). Code constants that are not words (column names, SQL,
 * routes, file names) are allowed one by one in {@link #CODE_CONSTANTS}.
 */
class KnowledgeIsDataTest {
    /**
     * Literal collections that are code, not knowledge: file (from the project root) → the first
     * literal of the collection, with the reason.
     */
    private static final Map<String, List<String>> CODE_CONSTANTS = Map.of(
            // JSON keys of the query command's output
            "detente-cli/src/main/java/dev/detente/cli/query/SearchCommand.java", List.of("statements"),
            // HTTP header names and values
            "detente-server/src/main/java/dev/detente/server/SecurityHeaders.java", List.of("Content-Security-Policy"),
            // the dashboard's page routes
            "detente-server/src/main/java/dev/detente/server/LedgerServer.java", List.of("/"),
            // the raw table's column names
            "detente-spark/src/main/java/dev/detente/spark/RawRecords.java", List.of("id"),
            // migration script file names, in order
            "detente-store/src/main/java/dev/detente/store/sqlite/Migrations.java", List.of("V001__ledger.sql"),
            // the names of the two cue tables, in loading order
            "detente-core/src/main/java/dev/detente/statements/SpeechLexicon.java", List.of("quote_cues"),
            // SQL statements
            "detente-store/src/main/java/dev/detente/store/sqlite/ArticleRemoval.java",
            List.of("DELETE FROM statements_fts WHERE rowid = ?", "DELETE FROM event_countries WHERE event_id = ?",
                    "DELETE FROM actor_names WHERE actor_key = ?1 AND seen <= 0"),
            "detente-store/src/main/java/dev/detente/store/sqlite/NearDuplicates.java",
            List.of("DELETE FROM article_bands WHERE seq = ?"),
            // an empty date range read as SQL nulls
            "detente-store/src/main/java/dev/detente/store/sqlite/SqliteLedgerReader.java", List.of("null"));

    /**
     * Classes that read the built-in knowledge on purpose: the ledger merges articles across runs, so
     * it merges with the built-in knowledge whichever --knowledge files a run was given.
     */
    private static final List<String> BUILT_IN_ON_PURPOSE = List.of(
            "detente-store/src/main/java/dev/detente/store/merge/ActorResolver.java",
            "detente-store/src/main/java/dev/detente/store/merge/Texts.java",
            "detente-store/src/main/java/dev/detente/store/model/ArticleEntries.java",
            // the built-in actor view the ledger merges with (store.merge.ActorResolver)
            "detente-core/src/main/java/dev/detente/actors/ActorKnowledge.java");

    /** A collection built from literals: {@code Set.of(}, {@code new String[] {}, {@code String[] x = {}. */
    private static final Pattern COLLECTION = Pattern.compile(
            "\\b(?:(?:Set|List|Map|Stream|EnumSet)\\s*\\.\\s*(?:of|ofEntries|copyOf)\\s*\\("
                    + "|Arrays\\s*\\.\\s*asList\\s*\\("
                    + "|new\\s+String\\s*(?:\\[\\s*\\])+\\s*\\{"
                    + "|String\\s*(?:\\[\\s*\\])+\\s*\\w+\\s*=\\s*\\{)");
    /** A regular expression compiled from literals. */
    private static final Pattern COMPILE = Pattern.compile("\\bPattern\\s*\\.\\s*compile\\s*\\(");
    /** Three or more words in alternation ("updated|modified|edited"): a word list inside a regular expression. */
    private static final Pattern WORD_ALTERNATION = Pattern.compile(
            "(?<![\\\\\\p{L}])\\p{L}{3,}(?: \\p{L}+)*\\??(?:\\|\\p{L}{3,}(?: \\p{L}+)*\\??){2,}(?!\\p{L})");
    /**
     * Source folders whose token grammar is data: a word or ending the rules compare a token with is a
     * part of the package's grammar table ({@code time.grammar} and {@code TimeWord},
     * {@code statements.grammar} and {@code StatementWord}, {@code actors.grammar} and
     * {@code ActorWord}, {@code events.grammar} and {@code EventWord}; morphology in
     * {@code Inflection}; month names in {@code CalendarWords}), never a literal; dependency
     * relations are {@code syntax.DepLabel}.
     */
    private static final List<String> GRAMMAR_AS_DATA = List.of(
            "detente-core/src/main/java/dev/detente/time",
            "detente-core/src/main/java/dev/detente/statements",
            "detente-core/src/main/java/dev/detente/actors",
            "detente-core/src/main/java/dev/detente/knowledge",
            "detente-core/src/main/java/dev/detente/topics",
            "detente-core/src/main/java/dev/detente/stance",
            "detente-core/src/main/java/dev/detente/pipeline",
            "detente-core/src/main/java/dev/detente/events",
            "detente-core/src/main/java/dev/detente/events/lexicon",
            "detente-core/src/main/java/dev/detente/syntax",
            "detente-core/src/main/java/dev/detente/text",
            "detente-core/src/main/java/dev/detente/doc",
            "detente-core/src/main/java/dev/detente/nlp");
    /** A token compared with a lower-case word literal: {@code w.equals("next")}, {@code case "last", "this" ->}. */
    private static final Pattern WORD_COMPARISON = Pattern.compile(
            "\\.equals(?:IgnoreCase)?\\(\\s*\"[a-z][a-z'-]*\"\\s*\\)|\\bcase\\s+\"[a-z][a-z'-]*\"\\s*[,:-]");
    /**
     * A token tested against a word or affix literal: {@code v.is(k - 1, "to")}, {@code w.endsWith("ing")},
     * {@code w.startsWith("jan")}, {@code role.contains("woman")} (the possessive "'s" included), a phrase
     * ({@code name.contains("prime minister")}) or a word's opening ({@code text.regionMatches(true, 0, "for ", 0, 4)}).
     */
    private static final Pattern WORD_TEST = Pattern.compile(
            "\\.is\\((?:[^()\";]|\\([^()]*\\))*,\\s*\"['’]?[a-z][a-z'’-]*\"\\s*\\)"
                    + "|\\.(?:startsWith|endsWith|contains)\\(\\s*\"['’]?[a-z][a-z'’ -]*\"\\s*[,)]"
                    + "|\\.regionMatches\\([^\"()]*\"[a-z][a-z' -]*\"");
    /** A static read of the built-in knowledge, which a user's --knowledge file cannot reach. */
    private static final Pattern BUILT_IN = Pattern.compile(
            "\\b(?:Knowledge|CalendarWords|Countries|ActorKnowledge)\\s*\\.\\s*builtIn\\s*\\(");

    record Offender(String file, int line, String what) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + what;
        }
    }

    @Test
    void noWordListIsAJavaLiteral() {
        List<Offender> failing = new ArrayList<>();
        for (Path file : mainSources()) {
            String rel = relative(file);
            String code = withoutComments(read(file));
            Matcher m = COLLECTION.matcher(masked(code));
            while (m.find()) {
                List<String> literals = literalsOf(code, m.end() - 1);
                if (literals.size() < 2 || CODE_CONSTANTS.getOrDefault(rel, List.of()).contains(literals.get(0))) {
                    continue;
                }
                Offender o = new Offender(rel, lineOf(code, m.start()),
                        literals.size() + " literals: " + String.join(", ", literals.subList(0, Math.min(4, literals.size()))));
                failing.add(o);
            }
        }
        assertThat(failing).as("word or phrase lists written as Java literals: move them to the knowledge"
                + " data (lexicon/*.yaml) or, for a code constant, allow it in CODE_CONSTANTS").isEmpty();
    }

    @Test
    void noWordListIsARegularExpressionLiteral() {
        List<Offender> failing = new ArrayList<>();
        for (Path file : mainSources()) {
            String rel = relative(file);
            String code = withoutComments(read(file));
            Matcher m = COMPILE.matcher(masked(code));
            while (m.find()) {
                Matcher words = WORD_ALTERNATION.matcher(String.join("", allLiteralsIn(code, m.end() - 1)));
                if (words.find()) {
                    Offender o = new Offender(rel, lineOf(code, m.start()), "pattern of words: " + words.group());
                    failing.add(o);
                }
            }
        }
        assertThat(failing).as("word lists inside regular expressions: move the pattern (or its words) to the"
                + " knowledge data, e.g. a lexicon table of patterns").isEmpty();
    }

    @Test
    void noGrammarWordIsAComparedLiteral() {
        List<Offender> failing = new ArrayList<>();
        for (Path file : mainSources()) {
            String rel = relative(file);
            if (!GRAMMAR_AS_DATA.contains(rel.substring(0, rel.lastIndexOf('/')))) {
                continue;
            }
            String code = withoutComments(read(file));
            Matcher m = WORD_COMPARISON.matcher(code);
            while (m.find()) {
                failing.add(new Offender(rel, lineOf(code, m.start()), m.group()));
            }
            Matcher t = WORD_TEST.matcher(code);
            while (t.find()) {
                failing.add(new Offender(rel, lineOf(code, t.start()), t.group()));
            }
        }
        assertThat(failing).as("a token compared with a word literal: name the word's part in the package's grammar"
                + " (time.grammar: TimeWord, statements.grammar: StatementWord, actors.grammar: ActorWord,"
                + " events.grammar: EventWord) and compare with it; an ending is an Inflection rule or a *_suffixes part")
                .isEmpty();
    }

    @Test
    void noStageReadsTheBuiltInKnowledgeStatically() {
        List<Offender> failing = new ArrayList<>();
        for (Path file : mainSources()) {
            String rel = relative(file);
            if (rel.contains("/dev/detente/knowledge/") || BUILT_IN_ON_PURPOSE.contains(rel)) {
                continue;
            }
            String code = withoutComments(read(file));
            Matcher m = BUILT_IN.matcher(masked(code));
            while (m.find()) {
                Offender o = new Offender(rel, lineOf(code, m.start()), m.group());
                failing.add(o);
            }
        }
        assertThat(failing).as("take the Knowledge from the constructor (Pipelines passes it; tests use"
                + " TestKnowledge): no stage or reader is made without the knowledge layer").isEmpty();
    }

    @Test
    void theScannerSeesWhatItLooksFor() {
        String code = withoutComments("""
                // Set.of("in", "a", "comment")
                class X {
                    static final Set<String> A = Set.of("alpha", "beta"); /* List.of("x", "y") */
                    static final String[] B = {"gamma", "delta"};
                    Object c = new String[] {a, b};
                    Object e = List.of(new Grid("+1", x), Column.string("id"));
                    String d = "Set.of(\\"not\\", \\"code\\")";
                }
                """);
        List<List<String>> found = new ArrayList<>();
        Matcher m = COLLECTION.matcher(masked(code));
        while (m.find()) {
            found.add(literalsOf(code, m.end() - 1));
        }
        assertThat(found).containsExactly(List.of("alpha", "beta"), List.of("gamma", "delta"), List.of(), List.of());
        assertThat(WORD_TEST.matcher("if (v.is(k - 1, \"to\") && x)").find()).isTrue();
        assertThat(WORD_TEST.matcher("v.is(c.token() - 1, \"was\")").find()).isTrue();
        assertThat(WORD_TEST.matcher("v.is(k, \"'s\")").find()).isTrue();
        assertThat(WORD_TEST.matcher("w.endsWith(\"ing\") || w.startsWith(\"jan\") || r.contains(\"woman\")").results())
                .hasSize(3);
        assertThat(WORD_TEST.matcher("v.is(k, \",\") || v.is(k, ARTICLE_THE) || s.endsWith(\".gz\") || a.contains(\"\\n\")")
                .find()).isFalse();
        assertThat(WORD_ALTERNATION.matcher("(?i)\\\\b(?:updated?|modified|edited)\\\\b").find()).isTrue();
        assertThat(WORD_ALTERNATION.matcher("(\\\\d+)(?:st|nd|rd|th)|https?://|www").find()).isFalse();
        assertThat(WORD_COMPARISON.matcher("if (w.equals(\"next\") || x)").find()).isTrue();
        assertThat(WORD_COMPARISON.matcher("case \"last\", \"this\" -> 1;").find()).isTrue();
        assertThat(WORD_COMPARISON.matcher("r.equals(\"-\") || mod.equals(\"START\") || \"dateline\".equals(rule)").find())
                .isFalse();
        for (String comparison : List.of("v.is(k, \"to\")", "s.is(lower[k], \"the\")", "w.endsWith(\"ing\")",
                "w.startsWith(\"mid-\")", "raw.startsWith(\"http\", i + 1)", "t.regionMatches(true, 0, \"for \", 0, 4)",
                "words.contains(\"the\")", "name.contains(\"prime minister\")")) {
            assertThat(WORD_TEST.matcher(comparison).find()).as(comparison).isTrue();
        }
        for (String notAWord : List.of("s.is(i, TimeWord.NEXT)", "v.endsWith(\"Y\")", "rule.startsWith(\"noun:\")",
                "t.contains(\"+\")", "rules.endsWith(w, EventWord.GERUND_SUFFIXES)")) {
            assertThat(WORD_TEST.matcher(notAWord).find()).as(notAWord).isFalse();
        }
    }

    /**
     * The elements of the bracket that opens at {@code open} that are string literals themselves
     * (their contents, escapes as written); literals inside nested calls ({@code Column.string("id")})
     * are arguments of code, not elements of a list.
     */
    static List<String> literalsOf(String code, int open) {
        char opening = code.charAt(open);
        char closing = opening == '(' ? ')' : '}';
        List<String> out = new ArrayList<>();
        int depth = 0;
        int elementStart = open + 1;
        for (int i = open; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"') {
                i = stringEnd(code, i) - 1;
            } else if (c == '\'') {
                i = charEnd(code, i) - 1;
            } else if (c == '(' || c == '{' || c == '[') {
                depth++;
            } else if (c == ')' || c == '}' || c == ']') {
                depth--;
                if (depth == 0) {
                    addIfLiteral(code.substring(elementStart, i), out);
                    break;
                }
            } else if (c == ',' && depth == 1) {
                addIfLiteral(code.substring(elementStart, i), out);
                elementStart = i + 1;
            }
        }
        return out;
    }

    /** Every string literal inside the bracket that opens at {@code open}, nested ones included. */
    static List<String> allLiteralsIn(String code, int open) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        for (int i = open; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"') {
                int end = stringEnd(code, i);
                out.add(code.substring(i + 1, Math.max(i + 1, end - 1)));
                i = end - 1;
            } else if (c == '\'') {
                i = charEnd(code, i) - 1;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                break;
            }
        }
        return out;
    }

    private static void addIfLiteral(String element, List<String> out) {
        String e = element.strip();
        if (e.length() >= 2 && e.charAt(0) == '"' && !e.startsWith("\"\"\"") && stringEnd(e, 0) == e.length()) {
            out.add(e.substring(1, e.length() - 1));
        }
    }

    /** The code with the contents of string literals blanked (same length), so patterns match code only. */
    static String masked(String code) {
        StringBuilder out = new StringBuilder(code);
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                int end = c == '"' ? stringEnd(code, i) : charEnd(code, i);
                for (int k = i + 1; k < end - 1; k++) {
                    if (code.charAt(k) != '\n') {
                        out.setCharAt(k, '_');
                    }
                }
                i = end - 1;
            }
        }
        return out.toString();
    }

    /** The source with comments blanked out (newlines kept, so line numbers hold); strings kept. */
    static String withoutComments(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"') {
                int end = stringEnd(s, i);
                out.append(s, i, end);
                i = end;
            } else if (c == '\'') {
                int end = charEnd(s, i);
                out.append(s, i, end);
                i = end;
            } else if (s.startsWith("//", i)) {
                int end = s.indexOf('\n', i);
                i = end < 0 ? s.length() : end;
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                end = end < 0 ? s.length() : end + 2;
                for (int k = i; k < end; k++) {
                    out.append(s.charAt(k) == '\n' ? '\n' : ' ');
                }
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The index after the string or text block starting at {@code i}. */
    private static int stringEnd(String s, int i) {
        if (s.startsWith("\"\"\"", i)) {
            int end = s.indexOf("\"\"\"", i + 3);
            return end < 0 ? s.length() : end + 3;
        }
        int k = i + 1;
        while (k < s.length() && s.charAt(k) != '"' && s.charAt(k) != '\n') {
            k += s.charAt(k) == '\\' ? 2 : 1;
        }
        return Math.min(s.length(), k + 1);
    }

    private static int charEnd(String s, int i) {
        int k = i + 1;
        while (k < s.length() && s.charAt(k) != '\'' && s.charAt(k) != '\n') {
            k += s.charAt(k) == '\\' ? 2 : 1;
        }
        return Math.min(s.length(), k + 1);
    }

    private static int lineOf(String code, int at) {
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (code.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static Path root() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("detente-core/src/main/java"))) {
                return p;
            }
        }
        Assumptions.abort("project sources not found from " + here);
        return null;
    }

    private static List<Path> mainSources() {
        Path root = root();
        try (Stream<Path> modules = Files.list(root)) {
            List<Path> out = new ArrayList<>();
            for (Path module : modules.filter(p -> p.getFileName().toString().startsWith("detente-")).sorted().toList()) {
                Path src = module.resolve("src/main/java");
                if (Files.isDirectory(src)) {
                    try (Stream<Path> files = Files.walk(src)) {
                        files.filter(f -> f.toString().endsWith(".java")).sorted().forEach(out::add);
                    }
                }
            }
            assertThat(out).as("main sources under " + root).isNotEmpty();
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String relative(Path file) {
        return root().relativize(file).toString().replace('\\', '/');
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
