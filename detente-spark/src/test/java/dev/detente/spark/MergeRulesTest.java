package dev.detente.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.detente.store.merge.Texts;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The writer's merge decisions as pure functions over one group of reports. */
class MergeRulesTest {
    private static Report statement(long seq, int index, String article, String day, String text, boolean direct) {
        return new Report(seq, index, new Source(article, index * 10, index * 10 + 5, day, seq), "jane doe", day,
                List.copyOf(Texts.contentTokens(text)), direct, new Object[ExportRows.STATEMENT_COLUMNS], null, 1.0, List.of(), "Jane");
    }

    private static final String SAID = "Negotiations over grain exports will resume next week in Geneva";

    @Test
    void reportsOfOneStatementByOneSpeakerWithinAWeekAreOneStatementWithEverySource() {
        List<Merged> merged = MergeRules.statements(List.of(
                statement(1, 0, "a", "2025-03-10", SAID, true),
                statement(2, 0, "b", "2025-03-08", "Negotiations over grain exports will resume next week", false),
                statement(3, 0, "c", "2025-03-20", SAID, true)));
        assertThat(merged).hasSize(2);
        // the earliest source anchors it: published first, then ingest order
        assertThat(merged.get(0).sources()).extracting(Source::articleId).containsExactly("b", "a");
        assertThat(merged.get(0).first().seq()).isEqualTo(1);
        assertThat(merged.get(1).sources()).extracting(Source::articleId).containsExactly("c");
    }

    @Test
    void twoReportsOfOneArticleAreNeverOneStatement() {
        List<Merged> merged = MergeRules.statements(List.of(
                statement(1, 0, "a", "2025-03-10", SAID, true),
                statement(1, 1, "a", "2025-03-10", SAID, true),
                statement(2, 0, "b", "2025-03-10", SAID, true),
                statement(2, 1, "b", "2025-03-10", SAID, true)));
        assertThat(merged).hasSize(2);
        assertThat(merged).allSatisfy(m -> assertThat(m.sources()).extracting(Source::articleId).containsExactly("a", "b"));
    }

    @Test
    void anUndatedReportIsComparedWithTheSpeakersLatestStatements() {
        List<Merged> merged = MergeRules.statements(List.of(
                statement(1, 0, "a", "2024-01-01", SAID, true),
                statement(2, 0, "b", null, SAID, true)));
        assertThat(merged).hasSize(1);
        assertThat(merged.get(0).sources()).extracting(Source::articleId).containsExactly("a", "b");
    }

    @Test
    void eventReportsWithOneMergeKeyAreOneEventWithOneSourcePerArticleAndOffset() {
        Report first = new Report(2, 0, new Source("b", 5, 9, "2025-01-02", 2), "k", "2025-01-02", List.of(), false,
                new Object[ExportRows.EVENT_COLUMNS], -4.0, 1.0, List.of("RUS-USA"), "THREATEN");
        Report again = new Report(2, 1, new Source("b", 5, 12, "2025-01-02", 2), "k", "2025-01-02", List.of(), false,
                new Object[ExportRows.EVENT_COLUMNS], -4.0, 1.0, List.of("RUS-USA"), "THREATEN");
        Report other = new Report(7, 0, new Source("g", 1, 3, "2025-01-01", 7), "k", "2025-01-02", List.of(), false,
                new Object[ExportRows.EVENT_COLUMNS], -4.0, 1.0, List.of("RUS-USA"), "THREATEN");
        Merged m = MergeRules.events(MergeRules.inOrder(List.of(other, again, first)));
        assertThat(m.first()).isSameAs(first);
        assertThat(m.sources()).extracting(Source::articleId, Source::end).containsExactly(
                org.assertj.core.groups.Tuple.tuple("g", 3), org.assertj.core.groups.Tuple.tuple("b", 9));
    }

    @Test
    void theEventKeyIsTypePartiesAndDay() {
        assertThat(MergeRules.eventKey("MEET", List.of("USA", "RUS"), List.of("x"), "2025-01-02", "a", 4))
                .isEqualTo("MEET|RUS,USA|2025-01-02");
        assertThat(MergeRules.eventKey("MEET", List.of(), List.of("b", "a"), null, "a", 4)).isEqualTo("MEET|a,b|");
        assertThat(MergeRules.eventKey("MEET", List.of(), List.of(), "2025-01-02", "art", 4)).isEqualTo("MEET|#art@4");
    }

    @Test
    void aCopyOfACopyCopiesTheOriginalAndOnlyOriginalsAreCompared() {
        int[] sig = new int[64];
        NearDuplicateJoin.Signed a = new NearDuplicateJoin.Signed(1, "a", "h1", sig);
        NearDuplicateJoin.Signed b = new NearDuplicateJoin.Signed(2, "b", "h1", sig);
        NearDuplicateJoin.Signed c = new NearDuplicateJoin.Signed(3, "c", "h1", sig);
        // d is nearly b (a copy), and less nearly a: only a is an original
        List<NearDuplicateJoin.Pair> pairs = List.of(new NearDuplicateJoin.Pair(4, 2, 20, 0.95),
                new NearDuplicateJoin.Pair(4, 1, 3, 0.6), new NearDuplicateJoin.Pair(5, 4, 21, 1.0));
        Map<Long, NearDuplicateJoin.Copy> copies = NearDuplicateJoin.resolve(List.of(List.of(c, a, b)), pairs,
                Map.of(1L, "a", 2L, "b", 4L, "d"));
        assertThat(copies).containsOnlyKeys(2L, 3L, 4L);
        assertThat(copies.get(2L)).isEqualTo(new NearDuplicateJoin.Copy("a", 1.0));
        assertThat(copies.get(3L)).isEqualTo(new NearDuplicateJoin.Copy("a", 1.0));
        assertThat(copies.get(4L)).isEqualTo(new NearDuplicateJoin.Copy("a", 0.6));
    }

    @Test
    void jsonIsWrittenAsTheExportsSqlWritesIt() {
        assertThat(SqlJson.codes(List.of())).isEqualTo("[]");
        assertThat(SqlJson.codes(List.of("RUS", "a|b"))).isEqualTo("[\"RUS\",\"a/b\"]");
        assertThat(SqlJson.array(List.of("Say \"no\"\n"))).isEqualTo("[\"Say \\\"no\\\"\\n\"]");
        assertThat(SqlJson.sources(List.of(new Source("x", 1, 2, null, 1)))).isEqualTo("[{\"article_id\":\"x\",\"start\":1,\"end\":2}]");
    }
}
