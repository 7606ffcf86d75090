package dev.detente.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.detente.knowledge.Inflection.Rules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InflectionTest {
    private static final Inflection BUILT_IN = Inflection.of(TestKnowledge.builtIn());

    @TempDir
    Path dir;

    @Test
    void theBuiltInRulesInflectAsEnglishDoes() {
        assertThat(BUILT_IN.inflect(Rules.ROLE_HEAD_PLURAL, "Spokesman")).isEqualTo("Spokesmen");
        assertThat(BUILT_IN.inflect(Rules.ROLE_HEAD_PLURAL, "deputy")).isEqualTo("deputies");
        assertThat(BUILT_IN.inflect(Rules.ROLE_HEAD_PLURAL, "envoy")).isEqualTo("envoys");
        assertThat(BUILT_IN.inflect(Rules.ROLE_HEAD_PLURAL, "boss")).isEqualTo("bosses");
        assertThat(BUILT_IN.inflect(Rules.ROLE_HEAD_PLURAL, "minister")).isEqualTo("ministers");
        assertThat(BUILT_IN.inflect(Rules.DEMONYM_PLURAL, "Russian")).isEqualTo("Russians");
        assertThat(BUILT_IN.inflect(Rules.DEMONYM_PLURAL, "Chinese")).isNull();
        assertThat(BUILT_IN.inflect(Rules.DEMONYM_PLURAL, "British")).isNull();
        assertThat(BUILT_IN.inflect(Rules.DEMONYM_PLURAL, "Swiss")).isNull();
        assertThat(BUILT_IN.inflect(Rules.KEYWORD_PLURAL, "tax")).isEqualTo("taxes");
        assertThat(BUILT_IN.inflect(Rules.KEYWORD_PLURAL, "sanctions")).isNull();
        assertThat(BUILT_IN.inflect(Rules.NOUN_PLURAL, "policy")).isEqualTo("policies");
        assertThat(BUILT_IN.inflect(Rules.NOUN_PLURAL, "match")).isEqualTo("matches");
    }

    @Test
    void anIrregularFormIsForItsWholeWordOnlyNotForWordsEndingInIt() {
        assertThat(BUILT_IN.inflect(Rules.VERB_THIRD_PERSON, "have")).isEqualTo("has");
        assertThat(BUILT_IN.inflect(Rules.VERB_THIRD_PERSON, "Have")).isEqualTo("has");
        assertThat(BUILT_IN.inflect(Rules.VERB_THIRD_PERSON, "behave")).isEqualTo("behaves");
        assertThat(BUILT_IN.inflect(Rules.VERB_THIRD_PERSON, "push")).isEqualTo("pushes");
        assertThat(BUILT_IN.inflect(Rules.VERB_THIRD_PERSON, "deny")).isEqualTo("denies");
    }

    /** The rules before they were data (ActorKnowledge's plural of a role's head), for comparison. */
    private static String oldRoleHeadPlural(String head) {
        String l = head.toLowerCase(java.util.Locale.ROOT);
        if (l.endsWith("man")) {
            return head.substring(0, head.length() - 3) + "men";
        }
        if (l.endsWith("y") && l.length() > 1 && "aeiou".indexOf(l.charAt(l.length() - 2)) < 0) {
            return head.substring(0, head.length() - 1) + "ies";
        }
        if (l.endsWith("s") || l.endsWith("sh") || l.endsWith("ch")) {
            return head + "es";
        }
        return head + "s";
    }

    /** Countries' demonym plural before it was data (less its test for a word in capitals). */
    private static String oldDemonymPlural(String demonym) {
        String l = demonym.toLowerCase(java.util.Locale.ROOT);
        return l.endsWith("s") || l.endsWith("sh") || l.endsWith("ch") || l.endsWith("ese") || l.endsWith(".") ? null
                : demonym + "s";
    }

    /** IssueTaxonomy's keyword plural before it was data. */
    private static String oldKeywordPlural(String lower) {
        return lower.endsWith("s") ? null : lower + (lower.endsWith("x") || lower.endsWith("ch") || lower.endsWith("sh") ? "es" : "s");
    }

    @Property(tries = 300)
    void theDataRulesGiveWhatTheCodeGave(@ForAll @AlphaChars @StringLength(min = 1, max = 12) String word) {
        assertThat(BUILT_IN.inflect(Rules.ROLE_HEAD_PLURAL, word)).isEqualTo(oldRoleHeadPlural(word));
        assertThat(BUILT_IN.inflect(Rules.DEMONYM_PLURAL, word)).isEqualTo(oldDemonymPlural(word));
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        assertThat(BUILT_IN.inflect(Rules.KEYWORD_PLURAL, lower)).isEqualTo(oldKeywordPlural(lower));
    }

    @Test
    void aUserFileAddsARule() throws IOException {
        Path user = dir.resolve("mine.yaml");
        Files.writeString(user, """
                lexicon:
                  inflection:
                    role_head_plural: {"(consonant)ief": "ieves"}
                """);
        Inflection mine = Inflection.of(Knowledge.load(List.of(user)));
        assertThat(mine.inflect(Rules.ROLE_HEAD_PLURAL, "thief")).isEqualTo("thieves");
        assertThat(BUILT_IN.inflect(Rules.ROLE_HEAD_PLURAL, "chief")).isEqualTo("chiefs");
    }
}
