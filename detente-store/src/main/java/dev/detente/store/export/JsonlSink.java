package dev.detente.store.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** One JSON object per row; JSON columns are written as nested arrays/objects, not strings. */
final class JsonlSink implements RowSink {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final BufferedWriter out;
    private final List<Column> columns;

    JsonlSink(Path file, List<Column> columns) throws IOException {
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        this.columns = columns;
    }

    @Override
    public void row(Object[] values) throws IOException {
        java.io.StringWriter line = new java.io.StringWriter();
        try (JsonGenerator g = new JsonFactory(JSON).createGenerator(line)) {
            g.writeStartObject();
            for (int i = 0; i < values.length; i++) {
                Column c = columns.get(i);
                g.writeFieldName(c.name());
                Object v = values[i];
                if (v == null) {
                    g.writeNull();
                } else if (c.type() == Column.Type.JSON) {
                    g.writeTree(JSON.readTree((String) v));
                } else {
                    g.writeObject(v);
                }
            }
            g.writeEndObject();
        }
        out.write(line.toString());
        out.write('\n');
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
