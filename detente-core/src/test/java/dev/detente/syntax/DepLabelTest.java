package dev.detente.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DepLabelTest {
    @Test
    void readsTheParsersLabels() {
        assertThat(DepLabel.of("nsubjpass")).isEqualTo(DepLabel.NSUBJPASS);
        assertThat(DepLabel.of("pobj")).isEqualTo(DepLabel.POBJ);
        assertThat(DepLabel.POBJ.label()).isEqualTo("pobj");
    }

    @Test
    void anUnknownLabelIsOtherFromTheParserAndAnErrorFromData() {
        assertThat(DepLabel.of("frobnicate")).isEqualTo(DepLabel.OTHER);
        assertThat(DepLabel.of(null)).isEqualTo(DepLabel.OTHER);
        assertThatThrownBy(() -> DepLabel.named("frobnicate")).hasMessageContaining("frobnicate");
    }

    @Test
    void everyLabelRoundTrips() {
        for (DepLabel l : DepLabel.values()) {
            if (l != DepLabel.OTHER) {
                assertThat(DepLabel.of(l.label())).isEqualTo(l);
            }
        }
    }
}
