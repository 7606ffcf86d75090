package dev.detente.statements;

import dev.detente.pipeline.StandardChain;
import dev.detente.pipeline.EnglishOnly;
import dev.detente.knowledge.TestKnowledge;
import dev.detente.knowledge.Knowledge;
import static org.assertj.core.api.Assertions.assertThat;

import dev.detente.actors.Actor;
import dev.detente.actors.ActorKind;
import dev.detente.actors.ActorLayers;
import dev.detente.actors.Mention;
import dev.detente.actors.MentionForm;
import dev.detente.doc.ArticleMeta;
import dev.detente.doc.Doc;
import dev.detente.doc.Span;
import dev.detente.nlp.SentenceTokenStage;
import dev.detente.time.TimeExpression;
import dev.detente.time.TimeLayers;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stage against the actors and time layers' contracts, on hand-made documents. */
class StatementLayersTest {
    private static final SentenceTokenStage SENTENCES = new SentenceTokenStage(TestKnowledge.builtIn());
    private static final StatementStage STAGE = new StatementStage(Knowledge.load(List.of()));

    private static Doc doc(String text, LocalDate published) {
        ArticleMeta meta = ArticleMeta.empty();
        if (published != null) {
            meta = meta.withPublished(published, "user");
        }
        return SENTENCES.process(Doc.of("t", text, meta));
    }

    private static Span spanOf(String text, String part) {
        int at = text.indexOf(part);
        return new Span(at, at + part.length());
    }

    private static TimeExpression day(String text, String part, String value) {
        return new TimeExpression(spanOf(text, part), part, TimeExpression.TimexKind.DATE, value,
                TimeExpression.Granularity.DAY, "published", "weekday");
    }

    /** The statements of a text whose actors layer holds one actor with one mention. */
    private static List<Statement> statements(String text, Actor actor, String mentioned, MentionForm form) {
        Doc d = doc(text, null).with(ActorLayers.ACTORS, List.of(actor))
                .with(ActorLayers.MENTIONS, List.of(new Mention(spanOf(text, mentioned), actor.id(), form)));
        return StandardChain.builtIn().through(STAGE, d).list(StatementLayers.STATEMENTS);
    }

    @Test
    void dateAttachedToTheSpeechVerbWinsAndCarriesItsEvidence() {
        String text = "Ottawa said on Monday that the talks would resume in April.";
        Doc d = doc(text, LocalDate.of(2025, 3, 12));
        d = d.with(TimeLayers.TIMEX, List.of(day(text, "Monday", "2025-03-10")));
        Statement s = StandardChain.builtIn().through(STAGE, d).list(StatementLayers.STATEMENTS).get(0);
        assertThat(s.saidOn()).isEqualTo("2025-03-10");
        assertThat(s.saidOnEvidence()).isEqualTo(spanOf(text, "Monday"));
    }

    @Test
    void sameSpeakerInheritsTheDateOtherSpeakersTakeThePublicationDate() {
        String text = "Foreign Minister Lena Varga said on Tuesday that the border would reopen. "
                + "She added that trade would resume. "
                + "Opposition leader Ivan Horvat said the decision was rushed.";
        Doc d = doc(text, LocalDate.of(2025, 6, 5));
        d = d.with(TimeLayers.TIMEX, List.of(day(text, "Tuesday", "2025-06-03")));
        List<Statement> out = StandardChain.builtIn().through(STAGE, d).list(StatementLayers.STATEMENTS);
        assertThat(out).extracting(Statement::speakerName, Statement::saidOn).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Lena Varga", "2025-06-03"),
                org.assertj.core.groups.Tuple.tuple("Lena Varga", "2025-06-03"),
                org.assertj.core.groups.Tuple.tuple("Ivan Horvat", "2025-06-05"));
    }

    @Test
    void dateInsideTheReportedClauseIsNotWhenItWasSaid() {
        String text = "The minister said the summit would take place on Friday.";
        Doc d = doc(text, null);
        d = d.with(TimeLayers.TIMEX, List.of(day(text, "Friday", "2025-06-06")));
        Statement s = StandardChain.builtIn().through(STAGE, d).list(StatementLayers.STATEMENTS).get(0);
        assertThat(s.saidOn()).isNull();
    }

    @Test
    void noTimeLayerAndNoPublicationDateMeansNoDate() {
        Statement s = StandardChain.builtIn().through(STAGE, doc("The minister said the summit would take place soon.", null))
                .list(StatementLayers.STATEMENTS).get(0);
        assertThat(s.saidOn()).isNull();
    }

    @Test
    void speakerResolvedThroughAnActorMentionGetsIdRoleAndCountry() {
        String text = "Ivanov said the talks were useful.";
        Actor a = new Actor("p1", ActorKind.PERSON, "Sergei Ivanov", "deputy foreign minister", "RUS", null, List.of());
        Statement s = statements(text, a, "Ivanov", MentionForm.PARTIAL_NAME).get(0);
        assertThat(s.speakerId()).isEqualTo("p1");
        assertThat(s.speakerName()).isEqualTo("Sergei Ivanov");
        assertThat(s.speakerRole()).isEqualTo("deputy foreign minister");
        assertThat(s.speakerCountry()).isEqualTo("RUS");
    }

    @Test
    void aDemonymMentionDoesNotTurnAGroupIntoACountry() {
        String text = "Chinese officials said there were no talks.";
        Actor china = new Actor("c1", ActorKind.COUNTRY, "China", null, "CHN", "CHN", List.of());
        Statement s = statements(text, china, "Chinese", MentionForm.DEMONYM).get(0);
        assertThat(s.speakerName()).isEqualTo("Chinese officials");
    }

    @Test
    void pronounResolvedByTheStageTakesTheActorIdOfThatPerson() {
        String text = "Defence Minister Anna Berg said the drills would go ahead. She added that allies had been told.";
        Actor a = new Actor("p7", ActorKind.PERSON, "Anna Berg", "Defence Minister", "SWE", null, List.of());
        List<Statement> out = statements(text, a, "Anna Berg", MentionForm.NAME);
        assertThat(out).extracting(Statement::speakerId).containsExactly("p7", "p7");
        assertThat(out.get(1).speakerCountry()).isEqualTo("SWE");
    }

    @Test
    void explanationNamesTheRuleAndTheCue() {
        Statement s = StandardChain.builtIn().through(STAGE, doc("\"We are ready,\" the envoy said.", null)).list(StatementLayers.STATEMENTS).get(0);
        assertThat(s.rule()).isEqualTo("quote-then-attribution");
        assertThat(s.cue()).isEqualTo("said");
        assertThat(s.why()).contains("the envoy said");
        assertThat(s.confidence()).isBetween(0.0, 1.0);
    }

    @Test
    void titleGivenByIngestIsNotAnnotated() {
        String text = "Minister: \"We will win\"\n\n\"We will win,\" the minister said.";
        Doc d = SENTENCES.process(Doc.of("t", text, ArticleMeta.empty().withTitle("Minister: \"We will win\"", "test")));
        assertThat(StandardChain.builtIn().through(STAGE, d).list(StatementLayers.STATEMENTS)).hasSize(1);
    }

    @Test
    void nonEnglishDocumentsGetNoStatements() {
        Doc d = SENTENCES.process(Doc.of("t", "\"Nous sommes prêts,\" a dit le ministre.",
                ArticleMeta.empty().withLanguage("fr", "test")));
        assertThat(EnglishOnly.wrap(STAGE).process(d).list(StatementLayers.STATEMENTS)).isEmpty();
    }
}
