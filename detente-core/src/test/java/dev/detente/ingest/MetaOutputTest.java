package dev.detente.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.detente.doc.ArticleMeta;
import dev.detente.doc.Doc;
import dev.detente.pipeline.OutputOptions;
import org.junit.jupiter.api.Test;

class MetaOutputTest {
    @Test
    void writesTheTextThatOffsetsPointIntoUnlessAskedNotTo() {
        Doc doc = Doc.of("d1", "The council met.\n\nIt agreed.", ArticleMeta.empty());
        ObjectNode with = new ObjectMapper().createObjectNode();
        new MetaOutput().contribute(doc, with, new OutputOptions(false, true));
        assertThat(with.get("text").asText()).isEqualTo("The council met.\n\nIt agreed.");
        ObjectNode without = new ObjectMapper().createObjectNode();
        new MetaOutput().contribute(doc, without, new OutputOptions(false, false));
        assertThat(without.has("text")).isFalse();
    }
}
