package dev.detente.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.detente.text.NearDuplicateIndex;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;

class NearDuplicateJoinTest {
    private static final String STORY = "The foreign ministers of the two countries met in the capital on Tuesday to discuss fishing rights, "
            + "trade and the border, and agreed to hold another round of talks next month, officials said after the meeting ended. "
            + "Both sides called the talks constructive and said that the next round would deal with visas and energy supplies.";

    private static NearDuplicateJoin.Signed signed(long seq, String id, String text) {
        return new NearDuplicateJoin.Signed(seq, id, Integer.toHexString(text.hashCode()), NearDuplicateIndex.signature(text).minHashes());
    }

    @Test
    void copiesAreFoundByHashAndByBandsAsTheWriterDecides() {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(LocalSpark.get().sparkContext());
        String nearly = STORY.replace("on Tuesday", "on Wednesday");
        String other = "Heavy rain flooded the valley overnight and the river rose above its banks, the weather service said, "
                + "closing two roads and the railway line to the coast while farmers moved their animals to higher ground.";
        Map<Long, NearDuplicateJoin.Copy> copies = NearDuplicateJoin.find(jsc.parallelize(List.of(signed(1, "a", STORY),
                signed(2, "b", STORY), signed(3, "c", nearly), signed(4, "d", other), signed(5, "e", nearly)), 3));
        assertThat(copies).containsOnlyKeys(2L, 3L, 5L);
        assertThat(copies.get(2L)).isEqualTo(new NearDuplicateJoin.Copy("a", 1.0));
        assertThat(copies.get(3L).of()).isEqualTo("a");
        assertThat(copies.get(3L).similarity()).isBetween(NearDuplicateIndex.THRESHOLD, 1.0);
        // the same text as a copy: a copy of its earliest original, never of a copy
        assertThat(copies.get(5L).of()).isEqualTo("a");
    }

    @Test
    void articlesSharingNoBandAreNoCopies() {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(LocalSpark.get().sparkContext());
        assertThat(NearDuplicateJoin.find(jsc.parallelize(List.of(signed(1, "a", STORY),
                signed(2, "b", "A short note on something else entirely, written by nobody in particular for no one.")), 2)))
                .isEmpty();
    }
}
