package dev.detente.stance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.detente.nlp.Token;
import dev.detente.nlp.Tokenizer;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class StanceScorerTest {
    private final StanceScorer scorer = new StanceScorer(dev.detente.knowledge.Knowledge.builtIn());

    StanceScorer.Result score(String text) {
        List<Token> tokens = new Tokenizer().tokenize(text);
        String[] lower = tokens.stream().map(Token::lower).toArray(String[]::new);
        return scorer.score(lower, 0, lower.length);
    }

    @ParameterizedTest(name = "{1} {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Relations between our countries are going very well.             | 1
            Talks with Ottawa are not going well.                            | -1
            The dialogue is no longer stalled.                                | 1
            There has been no progress in the negotiations.                  | -1
            Both sides took important steps forward.                         | 1
            Contacts are quite complicated.                                  | -1
            The border dispute is going nowhere.                             | -1
            There are currently no negotiations with the rebel commanders.  | -1
            Officials should not mislead voters.                             | -1
            The meeting was productive and constructive.                     | 1
            Tensions have eased and relations are improving.                 | 1
            Our two nations have turned a painful page in their history.     | 1
            This visit opens a new chapter between Lima and Quito.           | 1
            Minister Varga accused Bucharest of sabotaging the pipeline.     | -1
            Oslo threatened to expel the envoy.                              | -1
            We want good relations, but Hanoi must stop its provocations.    | -1
            The two governments agreed to restore direct flights.            | 1
            Analysts say ties could improve, but remain tense.               | -1
            Nairobi welcomed the mutually beneficial deal with Kampala.      | 1
            The ministry called the claims baseless and regrettable.         | -1
            Some progress was made, but it is too early to speak of a thaw.  | -1
            We want good relations with our neighbours.                      | 1
            Minsk is ready to build a friendly relationship with Vilnius.    | 1
            The minister said Caracas could not be trusted.                  | -1
            Ties between Rabat and Madrid have hit an all-time low.          | -1
            Relations with Seoul are at their lowest point in decades.       | -1
            Trade talks are at a standstill.                                  | -1
            Warsaw accused Minsk of blocking progress on the border talks.   | -1
            Relations have made a qualitative leap this year.                | 1
            Our partnership with Accra is solid and flourishing.             | 1
            Relations are at their best point in history.                    | 1
            Vilnius will not be intimidated by Minsk.                        | -1
            Cooperation has never been closer.                               | 1
            Ottawa will not tolerate interference in its affairs.            | -1
            The relationship has taken a step back.                          | -1
            Ties are drifting towards a deep freeze.                         | -1
            There could be no normalisation while Lima backs the rebels.     | -1
            It was a hard winter, but our ties with Accra are recovering.    | 1
            Relations with Lusaka have taken a step backwards.               | -1
            Ties with Dakar are going through a rough patch.                 | -1
            Relations with Lima are the worst they have been in years.       | -1
            Relations between the two neighbours are slowly thawing.         | 1
            With Tirana the worst is over, the minister said.                | 1
            Talks were held in a spirit of good neighbourliness.             | 1
            Trade with Quito remains hostage to the fishing quarrel.         | -1
            Accra treats Lome not as the origin of its tensions but as friends. | 1
                        """)
    void signFollowsCuesUnderNegation(String text, int sign) {
        StanceScorer.Result r = score(text);
        assertThat(r.hasCues()).isTrue();
        assertThat(Math.signum(r.score())).isEqualTo(sign);
        assertThat(r.score()).isBetween(-2.0, 2.0);
    }

    @Test
    void intensifiersAndHedgesScaleACue() {
        assertThat(score("We see significant progress").score()).isGreaterThan(score("We see progress").score());
        assertThat(score("We see some progress").score()).isLessThan(score("We see progress").score()).isPositive();
        assertThat(score("It is very difficult").score()).isLessThan(score("It is slightly difficult").score());
    }

    @Test
    void whatFollowsButWeighsMore() {
        assertThat(score("Some progress was made, but contacts remain complicated.").score()).isNegative();
    }

    @Test
    void wishedForProgressAssertsLittle() {
        assertThat(Math.abs(score("They have days to show progress.").score())).isLessThan(0.5);
    }

    @Test
    void aWishQualifiedByButIsAReservation() {
        assertThat(score("We want good relations with Rabat, but that depends on Rabat alone.").score()).isNegative();
        assertThat(score("We want good relations with Rabat.").score()).isBetween(0.5, 1.0); // a stated will: nearly in full
    }

    @Test
    void aModalBeforeANegationAssertsADenialWhileIfStaysACondition() {
        assertThat(score("There could be no normalisation with Quito.").score()).isLessThanOrEqualTo(-0.5);
        assertThat(Math.abs(score("If there is no progress with Quito, the envoy leaves.").score())).isLessThan(0.3);
    }

    @Test
    void aDeniedHarmAfterButLimitsTheFirstClauseWithoutOutweighingIt() {
        StanceScorer.Result r = score("Ties with Minsk are strained but not broken.");
        assertThat(r.mixed()).isTrue();
        assertThat(Math.abs(r.score())).isLessThan(0.3);
        assertThat(score("Ties with Minsk are not broken.").score()).isPositive();
    }

    @Test
    void aNegationOpeningANotButClauseReachesTheCueBeforeTheContrast() {
        assertThat(score("Vilnius regards Riga not as a cause of friction but as a friend.").cues())
                .anySatisfy(c -> assertThat(c).startsWith("not friction"));
        assertThat(score("Riga caused years of friction, but talks resumed.").cues())
                .noneSatisfy(c -> assertThat(c).startsWith("not"));
    }

    @Test
    void theTopicOfADeniedExchangeIsNotAssertedByItself() {
        StanceScorer.Result r = score("There are no talks on a trade agreement with Hanoi at the moment.");
        assertThat(r.cues()).containsExactly("not talks -1.0");
        assertThat(score("Hanoi and Manila signed a trade agreement.").score()).isPositive();
    }

    @Test
    void noCueNoScore() {
        StanceScorer.Result r = score("The minister arrived on Tuesday.");
        assertThat(r.hasCues()).isFalse();
        assertThat(r.score()).isZero();
    }

    @Test
    void cuesExplainTheScore() {
        assertThat(score("Relations are not going well.").cues()).containsExactly("not going well -1.2");
    }

    @Test
    void aWillForGoodRelationsWeighsNearlyInFullWhileAConditionStaysDiscounted() {
        double willed = score("We want good relations with Hanoi.").score();
        double conditional = score("Relations would be good if Hanoi stops its provocations.").score();
        double purpose = score("The envoy travelled to Hanoi to show progress.").score();
        assertThat(willed).isGreaterThanOrEqualTo(0.5);
        assertThat(conditional).isLessThan(0.3);
        assertThat(purpose).isLessThan(0.5);
    }

    @Test
    void theGoodThatAHarmVerbHarmsDoesNotCountForItself() {
        assertThat(score("The vote would poison relations between two brotherly peoples.").score()).isNegative()
                .isEqualTo(score("The vote would poison relations between two peoples.").score());
        assertThat(score("Such remarks undermine the friendly ties we built.").score()).isNegative();
        // a clause break ends the object: what follows is judged by itself
        assertThat(score("The dispute damaged trade, but relations remain friendly.").score()).isPositive();
    }

    @Test
    void aDeniedDangerIsReassuranceAndGoodFaithIsNoJudgement() {
        assertThat(score("Relations have never been in danger.").score()).isPositive();
        assertThat(score("Relations are in danger.").score()).isNegative();
        assertThat(score("The ministry accepted the offer in good faith.").score()).isZero();
    }
}
