package dev.detente.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JobOptionsTest {
    @Test
    void readsOutputInputsAndOptions() {
        JobOptions o = JobOptions.parse(new String[] {"--published", "2024-01-02", "out", "a.jsonl", "--knowledge", "k.yaml",
                "s3a://bucket/warc/", "--partitions", "64", "--overwrite"});
        assertThat(o.output()).isEqualTo("out");
        assertThat(o.inputs()).containsExactly("a.jsonl", "s3a://bucket/warc/");
        assertThat(o.defaultPublished()).isEqualTo("2024-01-02");
        assertThat(o.knowledgeFiles()).containsExactly("k.yaml");
        assertThat(o.partitions()).isEqualTo(64);
        assertThat(o.overwrite()).isTrue();
    }

    @Test
    void badOptionsFailWithOneLineNamingThem() {
        assertThatThrownBy(() -> JobOptions.parse(new String[] {"out"})).hasMessageContaining("INPUT");
        assertThatThrownBy(() -> JobOptions.parse(new String[] {"--partitions", "0", "o", "i"})).hasMessageContaining("--partitions");
        assertThatThrownBy(() -> JobOptions.parse(new String[] {"--published", "May", "o", "i"})).hasMessageContaining("--published");
        assertThatThrownBy(() -> JobOptions.parse(new String[] {"--colour", "o", "i"})).hasMessageContaining("--colour");
        assertThatThrownBy(() -> JobOptions.parse(new String[] {"o", "i", "--knowledge"}))
                .hasMessageContaining("--knowledge needs a value");
    }
}
