package dev.detente.store.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;

/**
 * The one Jackson mapping of the analyzer's records ({@link AnalysisRecord}): snake_case names,
 * unknown fields ignored, a single value where a list is expected read as a one-element list, and
 * a value of the wrong type (an array for a name, {@code "yes"} for a flag) read as null: the
 * extraction layers evolve separately, so what cannot be read is left out rather than guessed.
 */
public final class RecordJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .addHandler(new LeaveOut())
            .build();

    private RecordJson() {
    }

    /** A record as the pipeline produced it (the tree {@code Analyzer.toJson} builds). */
    public static AnalysisRecord read(JsonNode record) {
        try {
            return MAPPER.treeToValue(record, AnalysisRecord.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("analysis record cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    /** A record as stored or exported (one line of {@code analyze} output). */
    public static AnalysisRecord read(String record) {
        try {
            return MAPPER.readValue(record, AnalysisRecord.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("analysis record is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Reads a value of the wrong shape as null (skipping it whole), instead of failing the record. */
    private static final class LeaveOut extends DeserializationProblemHandler {
        @Override
        public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p,
                                            String failureMsg) throws IOException {
            p.skipChildren();
            return null;
        }

        @Override
        public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String valueToConvert,
                                             String failureMsg) {
            return null;
        }

        @Override
        public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number valueToConvert,
                                             String failureMsg) {
            return null;
        }

        @Override
        public Object handleWeirdNativeValue(DeserializationContext ctxt, JavaType targetType, Object valueToConvert,
                                             JsonParser p) {
            return null;
        }
    }

}
