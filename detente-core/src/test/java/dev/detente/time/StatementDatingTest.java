package dev.detente.time;

import dev.detente.knowledge.TestKnowledge;
import static org.assertj.core.api.Assertions.assertThat;

import dev.detente.doc.Doc;
import dev.detente.doc.Span;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StatementDatingTest {
    private static final LocalDate TUESDAY = LocalDate.of(2024, 11, 19);

    private static Span sentence(String text, String sentence) {
        int at = text.indexOf(sentence);
        return new Span(at, at + sentence.length());
    }

    private static Span after(String text, String marker, String sentence) {
        int at = text.indexOf(marker) + marker.length();
        return new Span(at, text.indexOf(sentence) + sentence.length());
    }

    @Test
    void attachesInheritsFromTheSameSpeakerAndFallsBackToTheReferenceDate() {
        String s1 = "The trade minister said on Monday that exports had recovered.";
        String s2 = "He added that imports were stable.";
        String s3 = "The central bank said rates would stay unchanged.";
        String s4 = "The minister added that the budget was balanced.";
        String text = s1 + " " + s2 + " " + s3 + " " + s4;
        Doc doc = TimexTestSupport.analyse(text, TUESDAY);
        StatementDating dating = new StatementDating(doc, TestKnowledge.builtIn());

        var d1 = dating.date(sentence(text, s1), text.indexOf("said"), after(text, "that ", s1), "minister");
        assertThat(d1.date()).isEqualTo("2024-11-18");
        assertThat(d1.how()).isEqualTo("attached");
        assertThat(d1.evidence().text()).isEqualTo("Monday");

        var d2 = dating.date(sentence(text, s2), text.indexOf("added"), after(text, "added that ", s2), "minister");
        assertThat(d2.date()).isEqualTo("2024-11-18");
        assertThat(d2.how()).isEqualTo("inherited");

        var d3 = dating.date(sentence(text, s3), text.indexOf("said rates"), null, "central bank");
        assertThat(d3.date()).isEqualTo("2024-11-19");
        assertThat(d3.how()).isEqualTo("reference");

        // another speaker spoke in between: no inheritance across it
        var d4 = dating.date(sentence(text, s4), text.lastIndexOf("added"), null, "minister");
        assertThat(d4.date()).isEqualTo("2024-11-19");
        assertThat(d4.how()).isEqualTo("reference");
    }

    @Test
    void unknownWithoutAnyDate() {
        String text = "The minister said exports had recovered.";
        Doc doc = TimexTestSupport.analyse(text, null);
        var d = new StatementDating(doc, TestKnowledge.builtIn()).date(new Span(0, text.length()), text.indexOf("said"), null, "minister");
        assertThat(d.date()).isNull();
        assertThat(d.how()).isEqualTo("unknown");
    }

    @Test
    void aDayTheSentenceBeforeGivesTheSpeakerDatesTheStatement() {
        String s1 = "Foreign Minister Lena Marsk arrived in Oslo on Monday for two days of talks.";
        String s2 = "\u201cWe want this to work,\u201d she said.";
        String s3 = "Officials in the capital said the mood was good.";
        String text = s1 + " " + s2 + "\n\n" + s3;
        Doc doc = withActors(text, TUESDAY);
        String speaker = actorId(doc, "Lena Marsk");
        StatementDating dating = new StatementDating(doc, TestKnowledge.builtIn());

        var d2 = dating.date(sentence(text, s2), text.indexOf("said"), null, speaker);
        assertThat(d2.date()).isEqualTo("2024-11-18");
        assertThat(d2.how()).isEqualTo("context");
        assertThat(d2.evidence()).isNull(); // not written at the statement: said_on is inferred

        // another paragraph, another speaker: the reference date
        var d3 = dating.date(sentence(text, s3), text.lastIndexOf("said"), null, "officials");
        assertThat(d3.date()).isEqualTo("2024-11-19");
        assertThat(d3.how()).isEqualTo("reference");
    }

    @Test
    void aDayOfSomeoneElseOrInAnotherParagraphDoesNotDateTheStatement() {
        String s1 = "Rebels attacked the convoy on Monday.";
        String s2 = "Prime Minister Oskar Velin said the attack would not go unanswered.";
        String text = s1 + " " + s2;
        var d = dated(text, TUESDAY, s2, "said", "Oskar Velin");
        assertThat(d.date()).isEqualTo("2024-11-19");
        assertThat(d.how()).isEqualTo("reference");
    }

    @Test
    void theDayOfWhatTheSpeakerIsCitedForDoesNotDateTheirStatement() {
        String s1 = "Two fishermen were freed on Monday near the river mouth, according to Interior Minister Marta Ilves.";
        String s2 = "\u201cWe want the third one home,\u201d Ilves told reporters.";
        String text = s1 + "\n\n" + s2;
        var d = dated(text, TUESDAY, s2, "told", "Marta Ilves");
        assertThat(d.date()).isEqualTo("2024-11-19");
        assertThat(d.how()).isEqualTo("reference");
    }

    @Test
    void aMeetingTheSpeakerTookPartInDatesTheirLaterStatementsPastAMentionWithoutADay() {
        String s1 = "Interior Minister Marta Ilves held talks with her Latvian counterpart in Valga on Monday.";
        String s2 = "Ilves was cautious.";
        String s3 = "Ilves said the patrols would continue.";
        String text = s1 + "\n\n" + s2 + "\n\n" + s3;
        var d = dated(text, TUESDAY, s3, "said", "Marta Ilves");
        assertThat(d.date()).isEqualTo("2024-11-18");
        assertThat(d.how()).isEqualTo("context");
    }

    @Test
    void aDayOfTheSpeakersEarlierSpeechIsNotPassedOnPastAMentionWithoutADay() {
        String s1 = "Interior Minister Marta Ilves told reporters in Riga on Monday that the border was calm.";
        String s2 = "Ilves was cautious.";
        String s3 = "Ilves said the patrols would continue.";
        String text = s1 + "\n\n" + s2 + "\n\n" + s3;
        var d = dated(text, TUESDAY, s3, "said", "Marta Ilves");
        assertThat(d.date()).isEqualTo("2024-11-19");
        assertThat(d.how()).isEqualTo("reference");
    }

    @Test
    void aDayInWhatTheSpeakerReportedBeforeDoesNotDateTheirNextStatement() {
        String s1 = "Interior Minister Marta Ilves said her officers had found the missing boat on Monday.";
        String s2 = "\u201cWe will return it to its owners,\u201d she said.";
        String s3 = "Defence Minister Oskar Velin announced that two soldiers who had been held were freed on Monday.";
        String s4 = "\u201cThey are safe,\u201d he said.";
        String text = s1 + " " + s2 + "\n\n" + s3 + " " + s4;
        Doc doc = withActors(text, TUESDAY);
        StatementDating dating = new StatementDating(doc, TestKnowledge.builtIn());
        var d2 = dating.date(sentence(text, s2), text.indexOf("she said"), null, actorId(doc, "Marta Ilves"));
        assertThat(d2.date()).isEqualTo("2024-11-19");
        assertThat(d2.how()).isEqualTo("reference");
        var d4 = dating.date(sentence(text, s4), text.indexOf("he said"), null, actorId(doc, "Oskar Velin"));
        assertThat(d4.date()).isEqualTo("2024-11-19");
        assertThat(d4.how()).isEqualTo("reference");
    }

    @Test
    void aDayInAnotherSpeakersReportNamingTheSpeakerDoesNotDateTheSpeakersStatement() {
        String s1 = "Interior Minister Marta Ilves said she had spoken with her Latvian counterpart, Janis Berzins, on Monday.";
        String s2 = "Berzins said the patrols would continue.";
        String text = s1 + " " + s2;
        var d = dated(text, TUESDAY, s2, "Berzins said", "Janis Berzins");
        assertThat(d.date()).isEqualTo("2024-11-19");
        assertThat(d.how()).isEqualTo("reference");
    }

    @Test
    void aSpeechParticipleTakesTheDayOfTheClauseBeforeItsComma() {
        String s1 = "The port authority rejected the report on Monday, saying its pilots had followed the rules.";
        String s2 = "Fishing resumed on Monday, the port authority said.";
        String text = s1 + " " + s2;
        Doc doc = TimexTestSupport.analyse(text, TUESDAY);
        StatementDating dating = new StatementDating(doc, TestKnowledge.builtIn());
        var d1 = dating.date(sentence(text, s1), text.indexOf("saying"), after(text, "saying ", s1), "port authority");
        assertThat(d1.date()).isEqualTo("2024-11-18");
        assertThat(d1.how()).isEqualTo("attached");
        // a finite verb after the comma: the day before it is in the fronted report, not the speaking
        var d2 = new StatementDating(doc, TestKnowledge.builtIn()).date(sentence(text, s2), text.lastIndexOf("said"), null, "port authority");
        assertThat(d2.how()).isEqualTo("reference");
    }

    @Test
    void withoutAReferenceDateASpelledOutDateBeforeDatesTheSpeakersStatement() {
        String s1 = "On 4 March 2024, Foreign Minister Lena Marsk met her Finnish counterpart in Vienna.";
        String s2 = "\u201cIt was a frank exchange,\u201d Marsk said afterwards.";
        String text = s1 + " " + s2;
        var d = dated(text, null, s2, "said", "Lena Marsk");
        assertThat(d.date()).isEqualTo("2024-03-04");
        assertThat(d.how()).isEqualTo("context");
    }

    @Test
    void theStatementAsSubjectIsTheOneJustReportedAndKeepsItsDay() {
        String s1 = "The Latvian government said in a statement on Monday that the border would stay open.";
        String s2 = "The statement accused smugglers of exploiting the crossings.";
        String s3 = "A spokesman for the smugglers' union accused the police of lying.";
        String text = s1 + " " + s2 + " " + s3;
        Doc doc = TimexTestSupport.analyse(text, TUESDAY);
        StatementDating dating = new StatementDating(doc, TestKnowledge.builtIn());
        assertThat(dating.date(sentence(text, s1), text.indexOf("said"), after(text, "that ", s1), "government").date())
                .isEqualTo("2024-11-18");
        var d2 = dating.date(sentence(text, s2), text.indexOf("accused"), null, "smugglers");
        assertThat(d2.date()).isEqualTo("2024-11-18");
        assertThat(d2.how()).isEqualTo("inherited");
        // another subject: not the statement before, so the reference date
        var d3 = dating.date(sentence(text, s3), text.lastIndexOf("accused"), null, "union");
        assertThat(d3.date()).isEqualTo("2024-11-19");
        assertThat(d3.how()).isEqualTo("reference");
    }

    /** The date of the statement in {@code sentence} whose speech verb is {@code verb}, said by the person named {@code speaker}. */
    private static StatementDating.Dated dated(String text, LocalDate published, String sentence, String verb, String speaker) {
        Doc doc = withActors(text, published);
        return new StatementDating(doc, TestKnowledge.builtIn()).date(sentence(text, sentence), text.indexOf(verb), null,
                actorId(doc, speaker));
    }

    private static String actorId(Doc doc, String name) {
        return doc.list(dev.detente.actors.ActorLayers.ACTORS).stream()
                .filter(a -> a.name().equals(name)).findFirst().orElseThrow().id();
    }

    private static Doc withActors(String text, LocalDate published) {
        var meta = dev.detente.doc.ArticleMeta.empty().withPublished(published, "test").withLanguage("en", "test");
        Doc doc = new dev.detente.nlp.SentenceTokenStage(TestKnowledge.builtIn()).process(Doc.of("t", text, meta));
        return new TimeStage(TestKnowledge.builtIn()).process(new dev.detente.actors.ActorStage(TestKnowledge.builtIn()).process(doc));
    }
}
