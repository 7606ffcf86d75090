package dev.detente.statements;

import dev.detente.pipeline.StandardChain;
import dev.detente.knowledge.TestKnowledge;
import dev.detente.knowledge.Knowledge;
import static org.assertj.core.api.Assertions.assertThat;

import dev.detente.doc.ArticleMeta;
import dev.detente.doc.Doc;
import dev.detente.nlp.SentenceTokenStage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Who said what does not depend on which people, countries and capitals a sentence names: swapping
 * them in general news sentences gives the same statements, with the swapped names in place.
 */
class NameSwapPropertiesTest {
    private static final SentenceTokenStage SENTENCES = new SentenceTokenStage(TestKnowledge.builtIn());
    private static final StatementStage STAGE = new StatementStage(Knowledge.load(List.of()));

    /** General news sentences; {P1} and {P2} are people, {C} a country, {K} a capital. */
    private static final List<String> TEMPLATES = List.of(
            "{P1}, the foreign minister, said on Monday that talks with {K} would resume next week.",
            "Talks opened in {K} on Monday.\n\n\"We are ready to sign the agreement,\" {P1} told reporters. "
                    + "\"The rest depends on {C}.\"",
            "Minister {P1} called the proposal \"a dangerous step\" and said {P2} had ignored the warnings.",
            "According to {P1}, the government in {K} has not changed its position on the border.",
            "{P2} met {P1} in {K} on Tuesday.\n\n\"It was a useful meeting,\" {P2} said, adding that {C} wanted "
                    + "closer trade ties.",
            "The vote was held on Sunday.\n\n''The border will remain open,'' said {P1}, a spokesman for the "
                    + "interior ministry of {C}.",
            "In a speech in {K} on Thursday, {P1} declared:\n\n\"Our country will not be divided by anyone.\"",
            "The summit ended without a deal.\n\n\"We will not accept these terms.\" \u2014 {P1}, prime minister",
            "\"Sanctions against {C} will stay in place,\" {P1} said. \"We have asked {K} for a clear answer, "
                    + "and we are still waiting for it.\"",
            "{P1} denied reports that {C} had offered concessions, calling them \"completely groundless.\"",
            // reported speech without quotation marks, and speakers that are countries, capitals or bodies
            "{C} said on Monday it would reopen its embassy in {K} next month.",
            "The foreign ministry of {C} said in a statement that the talks had failed.",
            "{P1} urged {P2} to withdraw the troops before the end of the month.",
            "A spokesman for {P1} told reporters that the visit to {K} had been postponed.",
            "The sanctions will remain in place until the elections, {P1} said on Friday.",
            "{P1} promised to visit {K} before the end of the year.",
            "The border has been closed since March, according to a statement from the government of {C}.",
            "Officials in {K} said the border would reopen on Monday.",
            "{P1}, the president of {C}, said the agreement was ''a first step'' toward peace.",
            "{K} warned that it would respond to any attack on its territory.");

    private static final List<String> FIRST = List.of("Anna", "Maria", "Lena", "Omar", "Ivan", "Kofi", "Sofia",
            "Daniel", "Laura", "Tomas", "Hana", "Pablo", "Erik", "Nadia", "Yusuf", "Ingrid");
    private static final List<String> LAST = List.of("Berg", "Novak", "Mensah", "Haddad", "Castillo", "Lindqvist",
            "Okafor", "Weber", "Petrova", "Silva", "Kral", "Moreau", "Tanaka", "Ruiz", "Dahl", "Varga");
    private static final List<String> LAST_OTHER = List.of("Kowalski", "Nakamura", "Santos", "Ibrahim", "Larsen",
            "Horvat", "Popescu", "Alvarez");
    private static final List<String> COUNTRIES = List.of("France", "Germany", "Brazil", "Kenya", "Japan", "Canada",
            "Peru", "Chile", "Norway", "Egypt", "India", "Mexico", "Poland", "Spain", "Ghana", "Vietnam");
    private static final List<String> CAPITALS = List.of("Paris", "Berlin", "Brasilia", "Nairobi", "Tokyo", "Ottawa",
            "Lima", "Santiago", "Oslo", "Cairo", "Delhi", "Warsaw", "Madrid", "Accra", "Hanoi", "Canberra");

    record Names(String p1First, String p1Last, String p2First, String p2Last, String country, String capital) {
        Map<String, String> slots() {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("{P1}", p1First + " " + p1Last);
            m.put("{P2}", p2First + " " + p2Last);
            m.put("{C}", country);
            m.put("{K}", capital);
            return m;
        }
    }

    private static final Names BASELINE = new Names("Claire", "Martin", "Hugo", "Lambert", "Portugal", "Lisbon");

    @Property(tries = 400)
    void statementsDoNotDependOnTheNames(@ForAll @IntRange(min = 0, max = 19) int template, @ForAll("names") Names names) {
        List<String> expected = statements(TEMPLATES.get(template), BASELINE);
        assertThat(expected).as("template %d finds its statements", template).isNotEmpty();
        assertThat(statements(TEMPLATES.get(template), names)).isEqualTo(expected);
    }

    @Provide
    Arbitrary<Names> names() {
        return Combinators.combine(Arbitraries.of(FIRST), Arbitraries.of(LAST), Arbitraries.of(FIRST),
                Arbitraries.of(LAST_OTHER), Arbitraries.of(COUNTRIES), Arbitraries.of(CAPITALS)).as(Names::new);
    }

    /** The statements found, each as kind | speaker | text, with the names put back as their slots. */
    private static List<String> statements(String template, Names names) {
        String text = template;
        for (Map.Entry<String, String> e : names.slots().entrySet()) {
            text = text.replace(e.getKey(), e.getValue());
        }
        Doc doc = StandardChain.builtIn().through(STAGE, SENTENCES.process(Doc.of("swap", text, ArticleMeta.empty())));
        List<String> out = new ArrayList<>();
        for (Statement s : doc.list(StatementLayers.STATEMENTS)) {
            out.add((s.direct() ? "D" : "R") + " | " + slotted(s.speakerName(), names) + " | "
                    + slotted(doc.text(s.span()), names) + " | " + s.parent());
        }
        return out;
    }

    private static String slotted(String s, Names names) {
        if (s == null) {
            return "-";
        }
        String out = s;
        for (Map.Entry<String, String> e : names.slots().entrySet()) {
            out = out.replace(e.getValue(), e.getKey());
        }
        return out.replace(names.p1Last(), "{P1 last}").replace(names.p2Last(), "{P2 last}");
    }
}
