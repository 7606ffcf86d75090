package dev.detente.server;

import java.util.List;
import java.util.function.Function;

/**
 * One GET route of the API: its path (Javalin syntax, {@code {id}} for path parameters), what it
 * answers, its parameters and the shape of its answer. The server registers these and the OpenAPI
 * document is generated from them: one source of truth.
 */
public record ApiRoute(String path, String summary, List<ApiParam> params, Shape response,
                       Function<ApiRequest, Object> handler) {
    public ApiRoute {
        params = List.copyOf(params);
    }

    /** The answer's JSON shape: one record, a list of records, a page of records, or free-form JSON. */
    public record Shape(Kind kind, Class<?> type) {
        public enum Kind { OBJECT, LIST, PAGE, FREE }

        public static Shape object(Class<?> type) {
            return new Shape(Kind.OBJECT, type);
        }

        public static Shape list(Class<?> type) {
            return new Shape(Kind.LIST, type);
        }

        public static Shape page(Class<?> type) {
            return new Shape(Kind.PAGE, type);
        }

        public static Shape free() {
            return new Shape(Kind.FREE, Object.class);
        }
    }
}
