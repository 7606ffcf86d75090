package dev.detente.statements;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.detente.doc.Doc;
import dev.detente.pipeline.OutputContributor;
import dev.detente.pipeline.OutputOptions;

/** Writes {@code quotes[]} (docs/output-schema.md): the gold fields plus offsets, speaker details, cue and confidence. */
public final class StatementOutput implements OutputContributor {
    @Override
    public void contribute(Doc doc, ObjectNode out, OutputOptions options) {
        ArrayNode quotes = out.putArray("quotes");
        for (Statement s : doc.list(StatementLayers.STATEMENTS)) {
            ObjectNode q = quotes.addObject();
            q.put("id", s.id());
            q.put("speaker", s.speakerName());
            q.put("direct", s.direct());
            q.put("text", doc.text(s.span()));
            q.put("said_on", s.saidOn());
            q.put("said_on_inferred", s.saidOn() != null && s.saidOnEvidence() == null); // not written at the statement
            q.put("start", s.span().start());
            q.put("end", s.span().end());
            q.put("speaker_id", s.speakerId());
            q.put("speaker_role", s.speakerRole());
            q.put("speaker_country", s.speakerCountry());
            q.put("cue", s.cue());
            if (s.cueSpan() != null) {
                q.put("cue_start", s.cueSpan().start());
                q.put("cue_end", s.cueSpan().end());
            } else {
                q.putNull("cue_start");
                q.putNull("cue_end");
            }
            q.put("confidence", Math.round(s.confidence() * 100) / 100.0);
            q.put("target", s.target());
            q.put("parent", s.parent());
            ArrayNode about = q.putArray("about");
            s.about().forEach(about::add);
            if (s.saidOnEvidence() != null) {
                ObjectNode ev = q.putObject("said_on_evidence");
                ev.put("text", doc.text(s.saidOnEvidence()));
                ev.put("start", s.saidOnEvidence().start());
                ev.put("end", s.saidOnEvidence().end());
            } else {
                q.putNull("said_on_evidence");
            }
            if (options.explain()) {
                q.put("rule", s.rule());
                q.put("why", s.why());
            }
        }
    }
}
