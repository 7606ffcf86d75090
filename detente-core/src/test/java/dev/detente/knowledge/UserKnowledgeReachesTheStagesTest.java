package dev.detente.knowledge;

import dev.detente.pipeline.StandardChain;
import static org.assertj.core.api.Assertions.assertThat;

import dev.detente.doc.Doc;
import dev.detente.doc.Span;
import dev.detente.events.lexicon.CountryGazetteer;
import dev.detente.events.lexicon.PhraseIndex;
import dev.detente.doc.ArticleMeta;
import dev.detente.ingest.Article;
import dev.detente.ingest.ArticleDocFactory;
import dev.detente.ingest.IngestListener;
import dev.detente.ingest.Ingestor;
import dev.detente.nlp.SentenceTokenStage;
import dev.detente.nlp.TextLayers;
import dev.detente.nlp.Tokenizer;
import dev.detente.pipeline.AnalysisOptions;
import dev.detente.pipeline.Analyzer;
import dev.detente.pipeline.Pipelines;
import dev.detente.stance.StanceLayers;
import dev.detente.stance.StanceStage;
import dev.detente.statements.Statement;
import dev.detente.statements.StatementLayers;
import dev.detente.text.BoilerplateClassifier;
import dev.detente.text.DateFinder;
import dev.detente.text.LanguageIdentifier;
import dev.detente.text.LineKind;
import dev.detente.topics.TopicLayers;
import dev.detente.topics.TopicStage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's {@code --knowledge FILE.yaml} extends a list of each stage of the sentences, language,
 * boilerplate, dates, stance, topics and country layers and of the readers (JSON Lines fields, WARC
 * record types, bylines and URL hosts), and the stage's output changes accordingly
 * (docs/knowledge.md lists the keys). The built-in knowledge is the control.
 */
class UserKnowledgeReachesTheStagesTest {
    @TempDir
    Path dir;

    private Knowledge builtIn;
    private Knowledge user;
    private Path file;

    @BeforeEach
    void userFile() throws IOException {
        file = dir.resolve("mine.yaml");
        Files.writeString(file, """
                countries:
                  - {code: XAT, names: [Atlantis], demonyms: [Atlantean], capital: Poseidonia}
                issues:
                  - {id: myths, label: Myths, keywords: [sunken city]}
                lexicon:
                  nlp:
                    abbreviations: ["Atl"]
                  text:
                    english_function_words: ["zub", "blen", "kro"]
                    cta_words: ["zapp", "gizmo"]
                    cta_strong: ["zapp"]
                  time:
                    months: {"setembro": 9}
                    shifts: {"subsequent": "1"}
                    signals: ["subsequent"]
                  stance:
                    cues: {"zorgly": 1.5}
                  phrases:
                    not_modifiers: ["zonk"]
                  ingest:
                    jsonl_fields: {text: "corpo"}
                    host_prefixes: ["zz"]
                    outlet_words: ["zorgly"]
                    warc_skipped_types: ["resource"]
                """);
        builtIn = Knowledge.builtIn();
        user = Knowledge.load(List.of(file));
    }

    @Test
    void anAbbreviationDoesNotEndASentence() {
        String text = "He met Atl. Smith today. They talked.";
        assertThat(sentences(builtIn, text)).isEqualTo(3);
        assertThat(sentences(user, text)).isEqualTo(2);
    }

    @Test
    void theStandardPipelineHandsTheUserFileToItsStages() throws IOException {
        String text = "He met Atl. Smith in the capital today. They talked for an hour about the weather there.";
        Doc standard = Pipelines.standard(AnalysisOptions.defaults()).analyze(new Article("a", text, null, "test"));
        Analyzer analyzer = Pipelines.standard(new AnalysisOptions(null, List.of(file)));
        Doc extended = analyzer.analyze(new Article("a", text, null, "test"));
        assertThat(extended.list(TextLayers.SENTENCES)).hasSize(standard.list(TextLayers.SENTENCES).size() - 1);
        // the readers get the same Knowledge as the stages
        assertThat(analyzer.knowledge().userFiles()).containsExactly(file);
        assertThat(read(analyzer.ingestor(), "{\"corpo\": \"The ministers met on Monday.\"}\n", "r.jsonl").articles)
                .hasSize(1);
    }

    @Test
    void aFieldNameIsReadFromJsonLines() throws IOException {
        String record = "{\"corpo\": \"The ministers met on Monday.\", \"url\": \"https://zz.example.org/a\"}\n";
        assertThat(read(Ingestor.standard(builtIn), record, "r.jsonl").failed).singleElement().asString().contains("no text");
        assertThat(read(Ingestor.standard(user), record, "r.jsonl").articles).singleElement()
                .satisfies(a -> assertThat(a.text()).isEqualTo("The ministers met on Monday."));
    }

    @Test
    void aHostPrefixIsNoPartOfTheOutlet() {
        ArticleMeta meta = ArticleMeta.empty().withUrl("https://zz.example.org/2024/a", "test");
        Article article = new Article("a", "The ministers met on Monday in the capital.", meta, "test");
        assertThat(new ArticleDocFactory(null, builtIn).apply(article).meta().outlet()).isEqualTo("zz.example.org");
        assertThat(new ArticleDocFactory(null, user).apply(article).meta().outlet()).isEqualTo("example.org");
    }

    @Test
    void anOutletWordMakesABylineAnOutlet() {
        Article article = new Article("a", "By Zorgly Quux\n\nThe ministers met on Monday in the capital. They talked.",
                ArticleMeta.empty(), "test");
        ArticleMeta plain = new ArticleDocFactory(null, builtIn).apply(article).meta();
        ArticleMeta extended = new ArticleDocFactory(null, user).apply(article).meta();
        assertThat(plain.author()).isEqualTo("Zorgly Quux");
        assertThat(extended.author()).isNull();
        assertThat(extended.outlet()).isEqualTo("Zorgly Quux");
    }

    @Test
    void aRecordTypeOfTheCrawlIsPassedOverInWarc() throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (var w = new org.netpreserve.jwarc.WarcWriter(java.nio.channels.Channels.newChannel(bytes),
                org.netpreserve.jwarc.WarcCompression.NONE)) {
            w.write(new org.netpreserve.jwarc.WarcResource.Builder(java.net.URI.create("urn:test:note"))
                    .body(org.netpreserve.jwarc.MediaType.PLAIN_TEXT, "a note".getBytes(StandardCharsets.UTF_8)).build());
        }
        String warc = bytes.toString(StandardCharsets.ISO_8859_1);
        assertThat(read(Ingestor.standard(builtIn), warc, "crawl.warc").skipped).singleElement().asString().contains("resource");
        assertThat(read(Ingestor.standard(user), warc, "crawl.warc").skipped).isEmpty();
    }

    @Test
    void functionWordsMakeATextEnglish() {
        String text = "zub blen kro quaffle zub blen kro snorkack zub blen kro dirigible zub blen kro plum zub blen";
        assertThat(LanguageIdentifier.of(builtIn).identify(text)).isNotEqualTo("en");
        assertThat(LanguageIdentifier.of(user).identify(text)).isEqualTo("en");
    }

    @Test
    void callToActionWordsMakeALineBoilerplate() {
        var ctx = new BoilerplateClassifier.Context(false, false, true);
        assertThat(new BoilerplateClassifier(builtIn).classify("Zapp gizmo", 0, ctx)).isNotEqualTo(LineKind.CALL_TO_ACTION);
        assertThat(new BoilerplateClassifier(user).classify("Zapp gizmo", 0, ctx)).isEqualTo(LineKind.CALL_TO_ACTION);
    }

    @Test
    void aMonthNameDatesALine() {
        assertThat(new DateFinder(builtIn).find("Publicado 3 setembro 2024")).isNull();
        assertThat(new DateFinder(user).find("Publicado 3 setembro 2024").date()).isEqualTo(LocalDate.of(2024, 9, 3));
    }

    @Test
    void aShiftWordOfTheTimeGrammarDatesAPeriod() {
        String text = "The two sides will meet again subsequent week in Geneva.";
        assertThat(timexes(builtIn, text)).isEmpty();
        assertThat(timexes(user, text)).singleElement().satisfies(t -> {
            assertThat(t.text()).isEqualTo("subsequent week");
            assertThat(t.value()).isEqualTo("2025-W12");
        });
    }

    private static List<dev.detente.time.TimeExpression> timexes(Knowledge k, String text) {
        ArticleMeta meta = ArticleMeta.empty().withPublished(LocalDate.of(2025, 3, 12), "test");
        Doc doc = new SentenceTokenStage(k).process(Doc.of("t", text, meta));
        return new dev.detente.time.TimeStage(k).process(doc).list(dev.detente.time.TimeLayers.TIMEX);
    }

    @Test
    void aStanceCueScoresAStatement() {
        String text = "Japanese Foreign Minister Aiko Tanaka said relations with Seoul were zorgly.";
        assertThat(stance(builtIn, text, "relations with Seoul were zorgly", "JPN")).isEmpty();
        assertThat(stance(user, text, "relations with Seoul were zorgly", "JPN"))
                .singleElement().satisfies(s -> {
                    assertThat(s.countries()).containsExactly("JPN", "KOR");
                    assertThat(s.score()).isPositive();
                });
    }

    @Test
    void aCountryIsAPartyOfTheStance() {
        String text = "Japanese Foreign Minister Aiko Tanaka said ties with Atlantis were going very well.";
        assertThat(stance(builtIn, text, "ties with Atlantis were going very well", "JPN")).isEmpty();
        assertThat(stance(user, text, "ties with Atlantis were going very well", "JPN"))
                .singleElement().satisfies(s -> assertThat(s.countries()).containsExactly("JPN", "XAT"));
        var tokens = new Tokenizer().tokenize("the Atlantean envoy");
        assertThat(CountryGazetteer.of(user).find(tokens, 0, tokens.size())).extracting(m -> m.code()).containsExactly("XAT");
    }

    @Test
    void aKeywordTagsATopic() {
        String text = "The minister said the sunken city would be protected.";
        assertThat(topics(builtIn, text, "the sunken city would be protected")).doesNotContain("myths");
        assertThat(topics(user, text, "the sunken city would be protected")).contains("myths");
    }

    @Test
    void aWordThatIsNoModifierClosesAGap() {
        String[] lower = {"held", "zonk", "talks"};
        PhraseIndex<String> plain = new PhraseIndex<>(builtIn);
        PhraseIndex<String> extended = new PhraseIndex<>(user);
        plain.add("held ~ talks", "meet");
        extended.add("held ~ talks", "meet");
        assertThat(plain.longestAt(lower, 0, lower.length)).isNotNull();
        assertThat(extended.longestAt(lower, 0, lower.length)).isNull();
    }

    /** What an ingestor made of one file of {@code content}. */
    private static final class Read implements IngestListener {
        final List<Article> articles = new ArrayList<>();
        final List<String> failed = new ArrayList<>();
        final List<String> skipped = new ArrayList<>();

        @Override
        public void article(Article article) {
            articles.add(article);
        }

        @Override
        public void failed(String input, String reason) {
            failed.add(input + ": " + reason);
        }

        @Override
        public void skipped(String input, String reason) {
            skipped.add(input + ": " + reason);
        }
    }

    private Read read(Ingestor ingestor, String content, String name) throws IOException {
        Path input = dir.resolve(name);
        Files.write(input, content.getBytes(StandardCharsets.ISO_8859_1));
        Read got = new Read();
        ingestor.read(List.of(input.toString()), got);
        return got;
    }

    private static int sentences(Knowledge k, String text) {
        return new SentenceTokenStage(k).process(Doc.of("t", text, null)).list(TextLayers.SENTENCES).size();
    }

    private static List<StanceLayers.StatementStance> stance(Knowledge k, String text, String words, String country) {
        Doc doc = withStatement(k, text, words, country);
        return new StandardChain(k, null).through(new StanceStage(k), doc).list(StanceLayers.STATEMENT_STANCE);
    }

    private static List<String> topics(Knowledge k, String text, String words) {
        Doc doc = withStatement(k, text, words, "ESP");
        return new StandardChain(k, null).through(new TopicStage(k), doc).list(TopicLayers.STATEMENT_TOPICS).get(0);
    }

    private static Doc withStatement(Knowledge k, String text, String words, String country) {
        Doc doc = new SentenceTokenStage(k).process(Doc.of("t", text, null));
        int i = text.indexOf(words);
        Statement st = new Statement(new Span(i, i + words.length()), false, null, "Aiko Tanaka", "Foreign Minister",
                country, null, "said", 1.0, null, null, null, "test", null);
        return doc.with(StatementLayers.STATEMENTS, List.of(st));
    }
}
