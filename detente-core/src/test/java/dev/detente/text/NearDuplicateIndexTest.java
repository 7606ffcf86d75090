package dev.detente.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class NearDuplicateIndexTest {
    private static final String WIRE = """
            The foreign ministers of Chile and Argentina met in Santiago on Wednesday to discuss a long-running dispute \
            over fishing rights in the southern channels. After four hours of talks, both sides said they had agreed \
            to set up a joint commission that will report within six months. Chile's minister told reporters that the \
            meeting had been frank and constructive, while her Argentine counterpart said differences remained on the \
            question of quotas. The two governments also discussed a planned road tunnel under the Andes, energy \
            exports and cooperation against organised crime along the border. Fishermen's unions in both countries \
            have staged protests in recent weeks, demanding that their governments settle the issue before the next \
            season begins in October.""";

    @Test
    void sameWireStoryFromTwoOutletsIsOneStory() {
        NearDuplicateIndex index = new NearDuplicateIndex();
        assertThat(index.addOrMatch("outlet-a", NearDuplicateIndex.signature(WIRE))).isEmpty();
        String republished = "SANTIAGO (Agencies) - " + WIRE.substring(0, WIRE.lastIndexOf("Fishermen"))
                + "Read more on our website.";
        var match = index.addOrMatch("outlet-b", NearDuplicateIndex.signature(republished));
        assertThat(match).isPresent();
        assertThat(match.get().id()).isEqualTo("outlet-a");
        assertThat(match.get().exact()).isFalse();
        assertThat(match.get().similarity()).isGreaterThanOrEqualTo(NearDuplicateIndex.THRESHOLD);
    }

    @Test
    void theIndexKeepsTheLatestOriginalsOfItsWindow() {
        NearDuplicateIndex index = new NearDuplicateIndex(2);
        String[] stories = {WIRE, WIRE.replace("Chile", "Peru").replace("Argentina", "Bolivia").replace("fishing", "mining")
                .replace("Santiago", "Lima").replace("tunnel", "bridge").replace("quotas", "royalties").replace("season", "year")
                .replace("crime", "smuggling").replace("energy", "water").replace("protests", "strikes"),
                "Heavy rain flooded low-lying districts of the capital overnight, and schools stayed closed while crews pumped "
                        + "water from underpass tunnels and cleared fallen trees from the main roads."};
        for (int i = 0; i < stories.length; i++) {
            assertThat(index.addOrMatch("story-" + i, NearDuplicateIndex.signature(stories[i]))).as("story %d", i).isEmpty();
            assertThat(index.size()).isLessThanOrEqualTo(2);
        }
        // the first story left the window: its copy is an original now; the latest two are still known
        assertThat(index.addOrMatch("copy-2", NearDuplicateIndex.signature(stories[2]))).hasValueSatisfying(m ->
                assertThat(m.id()).isEqualTo("story-2"));
        assertThat(index.addOrMatch("copy-1", NearDuplicateIndex.signature("AGENCIES - " + stories[1]))).hasValueSatisfying(m ->
                assertThat(m.id()).isEqualTo("story-1"));
        assertThat(index.addOrMatch("copy-0", NearDuplicateIndex.signature(stories[0]))).isEmpty();
        assertThat(index.size()).isEqualTo(2);
    }

    @Test
    void exactCopyIgnoringCaseAndPunctuationIsExact() {
        NearDuplicateIndex index = new NearDuplicateIndex();
        index.addOrMatch("a", NearDuplicateIndex.signature(WIRE));
        var match = index.addOrMatch("b", NearDuplicateIndex.signature(WIRE.toUpperCase().replace(",", "")));
        assertThat(match).hasValueSatisfying(m -> assertThat(m.exact()).isTrue());
    }

    @Test
    void differentStoryOnTheSameTopicIsNotADuplicate() {
        NearDuplicateIndex index = new NearDuplicateIndex();
        index.addOrMatch("a", NearDuplicateIndex.signature(WIRE));
        String other = """
                Argentina and Chile ended another round of negotiations on fishing quotas without an agreement, \
                officials in Buenos Aires said on Thursday. The Argentine foreign ministry accused Santiago of \
                delaying the joint commission that was announced last month, and said it would raise the matter \
                with regional partners. Chilean officials rejected the criticism and said technical teams needed \
                more time to study catch data from the southern channels.""";
        assertThat(index.addOrMatch("b", NearDuplicateIndex.signature(other))).isEmpty();
    }

    @Test
    void aDuplicateOfADuplicatePointsAtTheFirst() {
        NearDuplicateIndex index = new NearDuplicateIndex();
        index.addOrMatch("first", NearDuplicateIndex.signature(WIRE));
        index.addOrMatch("second", NearDuplicateIndex.signature(WIRE + " Copyright the agency."));
        var third = index.addOrMatch("third", NearDuplicateIndex.signature(WIRE + " All rights reserved."));
        assertThat(third).hasValueSatisfying(m -> assertThat(m.id()).isEqualTo("first"));
    }

    @Test
    void concurrentAddsKeepExactlyOneOriginal() throws Exception {
        NearDuplicateIndex index = new NearDuplicateIndex();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String id = "copy-" + i;
            results.add(pool.submit(() -> index.addOrMatch(id, NearDuplicateIndex.signature(WIRE)).isEmpty()));
        }
        int originals = 0;
        for (Future<Boolean> f : results) {
            originals += f.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(originals).isEqualTo(1);
    }
}
