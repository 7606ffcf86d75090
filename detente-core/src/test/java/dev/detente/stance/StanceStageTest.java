package dev.detente.stance;

import dev.detente.actors.ActorIndex;
import dev.detente.pipeline.StandardChain;
import static org.assertj.core.api.Assertions.assertThat;

import dev.detente.doc.Doc;
import dev.detente.doc.Span;
import dev.detente.nlp.SentenceTokenStage;
import dev.detente.stance.StanceLayers.SpeakerStance;
import dev.detente.stance.StanceLayers.StatementStance;
import dev.detente.statements.Statement;
import dev.detente.statements.StatementLayers;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StanceStageTest {
    private final StanceStage stage = new StanceStage(dev.detente.knowledge.Knowledge.builtIn());

    @Test
    void scoresEachStatementAndAggregatesPerSpeakerAndPair() {
        String text = "Japanese Foreign Minister Aiko Tanaka said relations with Seoul were going very well. "
                + "\"We have made real progress,\" Tanaka said. "
                + "South Korea's foreign ministry said the talks were difficult.";
        Doc doc = withStatements(text,
                statement(text, "relations with Seoul were going very well", false, "Aiko Tanaka", "Foreign Minister", "JPN"),
                statement(text, "We have made real progress,", true, "Aiko Tanaka", "Foreign Minister", "JPN"),
                statement(text, "the talks were difficult", false, "South Korea's foreign ministry", null, "KOR"));
        Doc out = stage.process(doc);
        List<StatementStance> per = out.list(StanceLayers.STATEMENT_STANCE);
        assertThat(per).hasSize(3);
        assertThat(per.get(0).countries()).containsExactly("JPN", "KOR");
        assertThat(per.get(0).score()).isPositive();
        assertThat(per.get(2).score()).isNegative();
        List<SpeakerStance> agg = out.list(StanceLayers.SPEAKER_STANCE);
        assertThat(agg).extracting(SpeakerStance::speaker).containsExactly("Aiko Tanaka", "Foreign Ministry");
        assertThat(agg.get(0).statements()).isEqualTo(2);
        assertThat(agg.get(0).score()).isIn(1.0, 2.0);
        assertThat(agg.get(0).cues()).isNotEmpty();
        assertThat(agg.get(1).score()).isEqualTo(-1.0);
    }

    @Test
    void bilateralRelationsInAnArticleAboutTwoCountriesTakeThatPair() {
        String text = "Talks between Egypt and Ethiopia resumed. Egypt's foreign minister Sameh Adel said: "
                + "\"Bilateral relations are no longer stalled.\"";
        Doc out = stage.process(withStatements(text,
                statement(text, "Bilateral relations are no longer stalled.", true, "Sameh Adel", "foreign minister", "EGY")));
        SpeakerStance s = out.list(StanceLayers.SPEAKER_STANCE).get(0);
        assertThat(s.countries()).containsExactly("EGY", "ETH");
        assertThat(s.score()).isPositive();
    }

    @Test
    void aThirdPartySpeaksOfTheTwoCountriesItsSentenceNamesTogether() {
        String text = "Oil prices rose in Oslo. Maren Holt, the United Nations envoy, said after her visits to Peru and "
                + "Ecuador that she was deeply concerned by the rhetoric.";
        Doc out = stage.process(withStatements(text,
                statement(text, "she was deeply concerned by the rhetoric", false, "Maren Holt", "envoy", null)));
        List<StatementStance> per = out.list(StanceLayers.STATEMENT_STANCE);
        assertThat(per).hasSize(1);
        assertThat(per.get(0).countries()).containsExactly("ECU", "PER");
        assertThat(per.get(0).score()).isNegative();
    }

    @Test
    void aThirdCountrysEnvoyOnTheDocumentsRelationshipTakesThatPair() {
        String text = "Talks between Chad and Sudan ended in Geneva. Chad and Sudan agreed to reopen the border. "
                + "Sudan said the crossing would open on Monday. Chad welcomed the date. "
                + "Norway's envoy Kari Dahl, who hosted the talks in Norway's name, said the meeting was \"a victory for dialogue.\"";
        Doc out = stage.process(withStatements(text,
                statement(text, "the meeting was \"a victory for dialogue.\"", false, "Kari Dahl", "envoy", "NOR")));
        assertThat(out.list(StanceLayers.STATEMENT_STANCE)).singleElement()
                .satisfies(s -> assertThat(s.countries()).containsExactly("SDN", "TCD"));
    }

    @Test
    void aThirdCountrySpeakingInTheFirstPersonSpeaksOfItsOwnTies() {
        String text = "Talks between Chad and Sudan ended in Geneva. Chad and Sudan agreed to reopen the border. "
                + "Sudan said the crossing would open on Monday. Chad welcomed the date. "
                + "Norway's envoy Kari Dahl, who hosted the talks in Norway's name, said: \"Our partners in Chad are good friends.\"";
        Doc out = stage.process(withStatements(text,
                statement(text, "Our partners in Chad are good friends.", true, "Kari Dahl", "envoy", "NOR")));
        assertThat(out.list(StanceLayers.STATEMENT_STANCE)).singleElement()
                .satisfies(s -> assertThat(s.countries()).containsExactly("NOR", "TCD"));
    }

    @Test
    void aBodyIsCreditedToItsSpokesperson() {
        String text = "The Elysee said contacts with Algiers were difficult. "
                + "Elysee spokesman Paul Martin said: \"There is no progress.\"";
        Doc out = stage.process(withStatements(text,
                statement(text, "contacts with Algiers were difficult", false, "Elysee", null, "FRA"),
                statement(text, "There is no progress.", true, "Paul Martin", "Elysee spokesman", "FRA")));
        assertThat(out.list(StanceLayers.SPEAKER_STANCE)).extracting(SpeakerStance::speaker).containsExactly("Paul Martin");
    }

    @Test
    void statementsWithoutCuesOrCountriesHaveNoStance() {
        String text = "The minister said the weather was fine.";
        Doc out = analyseOne(text, "the weather was fine", "Ana Lopez", "minister", "ESP");
        assertThat(out.list(StanceLayers.STATEMENT_STANCE)).isEmpty();
        assertThat(out.list(StanceLayers.SPEAKER_STANCE)).isEmpty();
    }

    @Test
    void anUnresolvedPronounSpeakerGetsNoEntry() {
        String text = "Talks between Chile and Peru stalled. It said relations with Lima had deteriorated.";
        Statement st = statement(text, "relations with Lima had deteriorated", false, "It", null, "CHL");
        Doc out = stage.process(withStatements(text, withSpeakerId(st, "speaker:it")));
        assertThat(out.list(StanceLayers.STATEMENT_STANCE)).hasSize(1);
        assertThat(out.list(StanceLayers.SPEAKER_STANCE)).isEmpty();
    }

    @Test
    void oneEntryPerSpeakerHoweverNamed() {
        String text = "Ivan Novak said relations with Vienna had improved. Novak said the talks were productive.";
        Doc out = stage.process(withStatements(text,
                statement(text, "relations with Vienna had improved", false, "Ivan Novak", "minister", "SVK"),
                statement(text, "the talks were productive", false, "Novak", "minister", "SVK")));
        assertThat(out.list(StanceLayers.SPEAKER_STANCE)).extracting(SpeakerStance::speaker).containsExactly("Ivan Novak");
    }

    @Test
    void cuesThatCancelOutJudgeRelationsMixed() {
        String text = "Minister Dana Roth said relations with Cairo saw progress on trade and tension over water.";
        Doc out = analyseOne(text, "relations with Cairo saw progress on trade and tension over water", "Dana Roth",
                "minister", "ISR");
        assertThat(out.list(StanceLayers.SPEAKER_STANCE)).singleElement()
                .satisfies(s -> assertThat(s.score()).isZero());
    }

    @Test
    void aQuotedFragmentInsideItsParentStatementCountsOnce() {
        String text = "Japanese Foreign Minister Aiko Tanaka said the talks with Seoul were \"very productive\".";
        Statement parent = withId(statement(text, "the talks with Seoul were \"very productive\"", false, "Aiko Tanaka",
                "Foreign Minister", "JPN"), "s1", null);
        Statement fragment = withId(statement(text, "very productive", true, "Aiko Tanaka", "Foreign Minister", "JPN"),
                "s2", "s1");
        Doc out = stage.process(withStatements(text, parent, fragment));
        assertThat(out.list(StanceLayers.STATEMENT_STANCE)).extracting(StatementStance::statementIndex).containsExactly(0);
        List<SpeakerStance> agg = out.list(StanceLayers.SPEAKER_STANCE);
        assertThat(agg).hasSize(1);
        assertThat(agg.get(0).statements()).isEqualTo(1);
    }

    private static Statement withId(Statement s, String id, String parent) {
        return new Statement(s.span(), s.direct(), s.speakerId(), s.speakerName(), s.speakerRole(), s.speakerCountry(),
                s.cueSpan(), s.cue(), s.confidence(), s.saidOn(), s.saidOnEvidence(), s.target(), s.rule(), s.why(), id,
                parent, s.about());
    }

    @Test
    void scaleIsWholeNumbers() {
        assertThat(StanceStage.toScale(0.2)).isZero();
        assertThat(StanceStage.toScale(-0.6)).isEqualTo(-1);
        assertThat(StanceStage.toScale(1.6)).isEqualTo(2);
    }

    /** The stage's output for a text with one reported statement. */
    private Doc analyseOne(String text, String words, String speaker, String role, String country) {
        return stage.process(withStatements(text, statement(text, words, false, speaker, role, country)));
    }

    /**
     * The document as the stance stage sees it, with these statements as the statements stage's:
     * each speaker given as written in the text gets the id of the actor the actors layer found
     * there (as the statements stage gives it); a speaker the layer does not know keeps no id.
     */
    static Doc withStatements(String text, Statement... statements) {
        Doc doc = new SentenceTokenStage(dev.detente.knowledge.Knowledge.builtIn()).process(Doc.of("t", text, null));
        doc = StandardChain.builtIn().before("statements", doc);
        ActorIndex actors = ActorIndex.of(doc);
        List<Statement> withIds = new ArrayList<>();
        for (Statement st : statements) {
            withIds.add(st.speakerId() != null ? st : withSpeakerId(st, actorIdAt(actors, text, st.speakerName())));
        }
        return StandardChain.builtIn().before("stance", doc.with(StatementLayers.STATEMENTS, withIds));
    }

    private static String actorIdAt(ActorIndex actors, String text, String speaker) {
        int at = speaker == null ? -1 : text.indexOf(speaker);
        if (at < 0) {
            return null;
        }
        // the phrase's head, its last mention ("South Korea's foreign ministry": the ministry)
        return actors.mentionsIn(new Span(at, at + speaker.length())).stream()
                .map(m -> m.actorId()).reduce((first, second) -> second).orElse(null);
    }

    private static Statement withSpeakerId(Statement s, String speakerId) {
        return new Statement(s.span(), s.direct(), speakerId, s.speakerName(), s.speakerRole(), s.speakerCountry(),
                s.cueSpan(), s.cue(), s.confidence(), s.saidOn(), s.saidOnEvidence(), s.target(), s.rule(), s.why(),
                s.id(), s.parent(), s.about());
    }

    static Statement statement(String text, String words, boolean direct, String speaker, String role, String country) {
        int i = text.indexOf(words);
        return new Statement(new Span(i, i + words.length()), direct, null, speaker, role, country, null, "said", 1.0,
                null, null, null, "test", null);
    }

    @Test
    void aSpeakerOfUnknownCountryNamingAPartnerOutsideTheMainPairSpeaksForTheDocumentsCountry() {
        String text = "Manila and Washington signed a defence pact. Manila and Washington will hold drills. "
                + "The Philippines welcomed the pact. Retired admiral Ramon Cruz said relations with Beijing were worse than ever.";
        Doc out = stage.process(withStatements(text,
                statement(text, "relations with Beijing were worse than ever", false, "Ramon Cruz", "admiral", null)));
        assertThat(out.list(StanceLayers.STATEMENT_STANCE)).singleElement()
                .satisfies(s -> assertThat(s.countries()).containsExactly("CHN", "PHL"));
    }

    @Test
    void oneSideJudgingInASentenceThatNamesTheOtherSideSpeaksOfThatPair() {
        String text = "Talks between Serbia and Montenegro stalled. Serbia and Montenegro traded notes. "
                + "Serbia's foreign ministry summoned Montenegro's envoy and said the vote was an unfriendly act.";
        Doc out = stage.process(withStatements(text,
                statement(text, "the vote was an unfriendly act", false, "Serbia's foreign ministry", null, "SRB")));
        assertThat(out.list(StanceLayers.STATEMENT_STANCE)).singleElement().satisfies(s -> {
            assertThat(s.countries()).containsExactly("MNE", "SRB");
            assertThat(s.score()).isNegative();
        });
    }

    @Test
    void aCueThatIsItselfAboutARelationshipTakesTheDocumentsPair() {
        String text = "Talks between Chad and Sudan ended in Geneva. Chad and Sudan agreed to reopen the border. "
                + "Sudan's foreign minister Ali Osman said: \"The page of the past has been turned.\"";
        Doc out = stage.process(withStatements(text,
                statement(text, "The page of the past has been turned.", true, "Ali Osman", "foreign minister", "SDN")));
        assertThat(out.list(StanceLayers.STATEMENT_STANCE)).singleElement().satisfies(s -> {
            assertThat(s.countries()).containsExactly("SDN", "TCD");
            assertThat(s.score()).isPositive();
        });
    }
}
