package dev.detente.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.detente.server.ApiResponses.ApiError;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Locale;

/**
 * The OpenAPI 3 description of the API, generated from the route table and, for the answers, from
 * the record types themselves (component by component), so it follows the code it describes.
 */
public final class OpenApiDocument {
    private final ObjectMapper json;
    private final ObjectNode schemas;

    private OpenApiDocument(ObjectMapper json) {
        this.json = json;
        this.schemas = json.createObjectNode();
    }

    public static ObjectNode of(List<ApiRoute> routes, ObjectMapper json) {
        return new OpenApiDocument(json).build(routes);
    }

    private ObjectNode build(List<ApiRoute> routes) {
        ObjectNode doc = json.createObjectNode();
        doc.put("openapi", "3.0.3");
        ObjectNode info = doc.putObject("info");
        info.put("title", "Détente ledger API");
        info.put("version", "0.1.0");
        info.put("description", "Statements, events, actors and the relations index between countries, "
                + "each fact with the article and character offsets [start, end) of its evidence.");
        ObjectNode paths = doc.putObject("paths");
        String errorRef = ref(ApiError.class);
        for (ApiRoute route : routes) {
            ObjectNode get = paths.putObject(route.path()).putObject("get");
            get.put("summary", route.summary());
            get.put("operationId", operationId(route.path()));
            ArrayNode params = get.putArray("parameters");
            route.params().forEach(p -> params.add(parameter(p)));
            ObjectNode responses = get.putObject("responses");
            ObjectNode ok = responses.putObject("200");
            ok.put("description", "OK");
            ok.putObject("content").putObject("application/json").set("schema", shape(route.response()));
            error(responses, "400", "Bad parameter", errorRef);
            if (route.params().stream().anyMatch(p -> p.in() == ApiParam.In.PATH)) {
                error(responses, "404", "No such item", errorRef);
            }
        }
        doc.putObject("components").set("schemas", schemas);
        return doc;
    }

    private static void error(ObjectNode responses, String status, String description, String ref) {
        ObjectNode r = responses.putObject(status);
        r.put("description", description);
        r.putObject("content").putObject("application/json").putObject("schema").put("$ref", ref);
    }

    private static String operationId(String path) {
        StringBuilder id = new StringBuilder();
        for (String part : path.replace("/api/", "").split("[/.]")) {
            String word = part.replaceAll("[{}]", "");
            if (!word.isEmpty()) {
                id.append(id.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
            }
        }
        return id.toString();
    }

    private ObjectNode parameter(ApiParam p) {
        ObjectNode node = json.createObjectNode();
        node.put("name", p.name());
        node.put("in", p.in().name().toLowerCase(Locale.ROOT));
        node.put("required", p.required());
        node.put("description", p.description());
        ObjectNode schema = node.putObject("schema");
        switch (p.kind()) {
            case TEXT -> schema.put("type", "string").put("maxLength", ApiParam.MAX_TEXT);
            case DATE -> schema.put("type", "string").put("format", "date");
            case COUNTRY -> schema.put("type", "string").put("pattern", "^[A-Za-z]{3}$");
            case PAIR -> schema.put("type", "string").put("pattern", "^[A-Za-z]{3}-[A-Za-z]{3}$");
            case ONE_OF -> {
                schema.put("type", "string");
                ArrayNode values = schema.putArray("enum");
                p.values().forEach(values::add);
            }
            case INTEGER -> {
                schema.put("type", "integer").put("minimum", p.min()).put("maximum", p.max());
                if (p.defaultValue() != null) {
                    schema.put("default", p.defaultValue());
                }
            }
        }
        return node;
    }

    private ObjectNode shape(ApiRoute.Shape shape) {
        ObjectNode node = json.createObjectNode();
        switch (shape.kind()) {
            case OBJECT -> node.put("$ref", ref(shape.type()));
            case LIST -> node.put("type", "array").putObject("items").put("$ref", ref(shape.type()));
            case PAGE -> node.put("$ref", pageRef(shape.type()));
            case FREE -> node.put("type", "object");
        }
        return node;
    }

    private String pageRef(Class<?> item) {
        String name = "PageOf" + item.getSimpleName();
        if (!schemas.has(name)) {
            ObjectNode page = schemas.putObject(name);
            page.put("type", "object");
            ObjectNode props = page.putObject("properties");
            props.putObject("items").put("type", "array").putObject("items").put("$ref", ref(item));
            props.putObject("total").put("type", "integer");
            props.putObject("offset").put("type", "integer");
            props.putObject("limit").put("type", "integer");
            props.putObject("capped").put("type", "boolean")
                    .put("description", "true when total is a lower bound: a search counts at most 1,000 matches");
        }
        return "#/components/schemas/" + name;
    }

    /** Registers a record's schema (and those it refers to) once; returns its reference. */
    private String ref(Class<?> type) {
        String name = type.getSimpleName();
        if (!schemas.has(name)) {
            if (!type.isRecord()) {
                throw new IllegalArgumentException("not a record: " + type);
            }
            ObjectNode schema = schemas.putObject(name);
            schema.put("type", "object");
            ObjectNode props = schema.putObject("properties");
            for (RecordComponent c : type.getRecordComponents()) {
                props.set(c.getName(), schemaOf(c.getGenericType()));
            }
        }
        return "#/components/schemas/" + name;
    }

    private ObjectNode schemaOf(Type type) {
        ObjectNode node = json.createObjectNode();
        if (type instanceof ParameterizedType pt && pt.getRawType() == List.class) {
            node.put("type", "array").set("items", schemaOf(pt.getActualTypeArguments()[0]));
        } else if (type instanceof ParameterizedType pt && pt.getRawType() == dev.detente.store.Rows.Page.class) {
            node.put("$ref", pageRef((Class<?>) pt.getActualTypeArguments()[0]));
        } else if (type == String.class) {
            node.put("type", "string").put("nullable", true);
        } else if (type == int.class || type == long.class) {
            node.put("type", "integer");
        } else if (type == Integer.class || type == Long.class) {
            node.put("type", "integer").put("nullable", true);
        } else if (type == double.class || type == float.class) {
            node.put("type", "number");
        } else if (type == Double.class || type == Float.class) {
            node.put("type", "number").put("nullable", true);
        } else if (type == boolean.class || type == Boolean.class) {
            node.put("type", "boolean");
        } else if (type instanceof Class<?> c && c.isRecord()) {
            node.put("$ref", ref(c));
        } else {
            node.put("type", "object");
        }
        return node;
    }
}
