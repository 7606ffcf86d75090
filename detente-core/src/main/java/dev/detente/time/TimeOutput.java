package dev.detente.time;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.detente.doc.Doc;
import dev.detente.pipeline.OutputContributor;
import dev.detente.pipeline.OutputOptions;

/** Writes {@code timexes[]}: text, start, end, kind, value, granularity, anchor (+ mod, offset; rule with --explain). */
public final class TimeOutput implements OutputContributor {
    @Override
    public void contribute(Doc doc, ObjectNode out, OutputOptions options) {
        ArrayNode array = out.putArray("timexes");
        for (TimeExpression t : doc.list(TimeLayers.TIMEX)) {
            ObjectNode o = array.addObject();
            o.put("text", t.text());
            o.put("start", t.span().start());
            o.put("end", t.span().end());
            o.put("kind", t.kind().name());
            o.put("value", t.value());
            o.put("granularity", t.granularity() == null ? null : t.granularity().name());
            o.put("anchor", t.anchor());
            if (t.mod() != null) {
                o.put("mod", t.mod());
            }
            if (t.offset() != null) {
                o.put("offset", t.offset());
            }
            if (options.explain()) {
                o.put("rule", t.rule());
            }
        }
    }
}
