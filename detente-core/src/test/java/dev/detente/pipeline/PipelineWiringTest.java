package dev.detente.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.detente.doc.ArticleMeta;
import dev.detente.doc.Doc;
import dev.detente.doc.Layer;
import dev.detente.ingest.IngestLayers;
import dev.detente.knowledge.Knowledge;
import dev.detente.syntax.OpenNlpTagger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Stages declare the layers they read and add; the assembly checks the order, and every stage keeps its word. */
class PipelineWiringTest {
    private static final List<Stage> STANDARD = Pipelines.stages(Knowledge.builtIn(), OpenNlpTagger.shared(), null);

    @Test
    void theStandardOrderIsWiredRight() {
        Pipeline p = new Pipeline(Set.of(IngestLayers.OFFSET_MAP), STANDARD);
        assertThat(p.stages()).extracting(Stage::name).containsExactly("language", "sentences", "country-mentions",
                "syntax", "actors", "time", "statements", "events", "stance", "topics");
    }

    @Test
    void aStageBeforeTheStageWhoseLayerItReadsIsAWiringError() {
        List<Stage> swapped = new ArrayList<>(STANDARD);
        Stage events = swapped.remove(7);
        swapped.add(3, events);
        assertThatThrownBy(() -> new Pipeline(swapped))
                .isInstanceOf(Pipeline.WiringError.class)
                .hasMessageStartingWith("stage 'events' needs layer '")
                .hasMessageEndingWith("', which no earlier stage adds");
    }

    @Test
    void aStageWithoutItsInputsIsAWiringError() {
        assertThatThrownBy(() -> new Pipeline(List.of(STANDARD.get(6))))
                .isInstanceOf(Pipeline.WiringError.class)
                .hasMessageStartingWith("stage 'statements' needs layer ");
    }

    @Test
    void everyStageAddsWhatItDeclaresAndReadsNothingUndeclared() {
        Doc doc = Doc.of("w", "Russia and the United States held talks in Istanbul on Thursday. \"The talks were "
                + "constructive,\" Kremlin spokesman Dmitry Peskov said. Washington imposed new sanctions on Moscow.",
                ArticleMeta.empty().withPublished(java.time.LocalDate.of(2025, 2, 27), "test"));
        for (Stage stage : STANDARD) {
            Doc out = stage.process(withOnly(doc, stage.requires()));
            Doc full = stage.process(doc);
            for (Layer<?> added : stage.adds()) {
                assertThat(out.has(added)).as("%s adds %s", stage.name(), added.name()).isTrue();
                Object value = out.get(added);
                if (value instanceof List<?> || value.getClass().isArray()) {
                    assertThat(value).as("%s reads only the layers it declares", stage.name())
                            .isEqualTo(full.get(added));
                }
            }
            doc = full;
        }
    }

    /** The document with only those layers, so a stage reading an undeclared layer fails. */
    private static Doc withOnly(Doc doc, Set<Layer<?>> layers) {
        Doc out = Doc.of(doc.id(), doc.text(), doc.meta());
        for (Layer<?> l : layers) {
            out = copy(doc, out, l);
        }
        return out;
    }

    private static <T> Doc copy(Doc from, Doc to, Layer<T> layer) {
        return to.with(layer, from.get(layer));
    }
}
