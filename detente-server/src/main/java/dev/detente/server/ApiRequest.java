package dev.detente.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A request's parameters, each checked against its route's declaration; unknown or repeated ones are refused. */
public final class ApiRequest {
    private final Map<String, Object> values;

    private ApiRequest(Map<String, Object> values) {
        this.values = values;
    }

    static ApiRequest of(Context ctx, List<ApiParam> params) {
        return of(ctx.queryParamMap(), ctx.pathParamMap(), params);
    }

    static ApiRequest of(Map<String, List<String>> query, Map<String, String> path, List<ApiParam> params) {
        Map<String, ApiParam> declared = params.stream()
                .filter(p -> p.in() == ApiParam.In.QUERY)
                .collect(Collectors.toMap(ApiParam::name, p -> p));
        for (var entry : query.entrySet()) {
            if (!declared.containsKey(entry.getKey())) {
                throw ApiException.badRequest("unknown parameter '" + entry.getKey() + "'"
                        + (declared.isEmpty() ? ", this route takes none" : ", expected one of "
                        + String.join(", ", params.stream().filter(p -> p.in() == ApiParam.In.QUERY)
                        .map(ApiParam::name).toList())));
            }
            if (entry.getValue().size() > 1) {
                throw ApiException.badRequest("parameter '" + entry.getKey() + "' is given more than once");
            }
        }
        Map<String, Object> values = new HashMap<>();
        for (ApiParam p : params) {
            String raw = p.in() == ApiParam.In.PATH ? path.get(p.name()) : first(query.get(p.name()));
            if (raw == null) {
                if (p.required()) {
                    throw ApiException.badRequest("parameter '" + p.name() + "' is required");
                }
                if (p.defaultValue() != null) {
                    values.put(p.name(), p.defaultValue());
                }
                continue;
            }
            values.put(p.name(), p.in() == ApiParam.In.PATH ? raw : p.parse(raw));
        }
        LocalDate from = (LocalDate) values.get("from");
        LocalDate to = (LocalDate) values.get("to");
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.badRequest("parameter 'from' (" + from + ") is after 'to' (" + to + ")");
        }
        return new ApiRequest(values);
    }

    private static String first(List<String> list) {
        return list == null || list.isEmpty() ? null : list.get(0);
    }

    public String text(String name) {
        return (String) values.get(name);
    }

    public LocalDate date(String name) {
        return (LocalDate) values.get(name);
    }

    public int integer(String name) {
        return (Integer) values.get(name);
    }
}
