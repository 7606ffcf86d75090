package dev.detente.pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.detente.doc.Doc;

/**
 * Writes one stage's layers into a document's JSON output (the fields of ../shared/eval/FORMAT.md
 * plus our richer ones). Each stage package owns its contributor, so the writer knows no stage.
 */
public interface OutputContributor {
    void contribute(Doc doc, ObjectNode out, OutputOptions options);
}
