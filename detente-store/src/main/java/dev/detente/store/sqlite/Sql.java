package dev.detente.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** A WHERE clause built from optional filters, with its parameters in order. */
final class Sql {
    private final List<String> conditions = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    Sql where(String condition, Object... values) {
        conditions.add(condition);
        params.addAll(List.of(values));
        return this;
    }

    String clause() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    List<Object> params() {
        return params;
    }

    interface RowMapper<T> {
        T map(ResultSet r) throws SQLException;
    }

    /** Sees every query the reader runs, with its parameters (tests check their query plans); null: none. */
    static volatile java.util.function.BiConsumer<String, List<Object>> observer;

    static <T> List<T> query(Connection c, String sql, List<Object> params, RowMapper<T> mapper) {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            return query(p, sql, params, mapper);
        } catch (SQLException e) {
            throw new LedgerException("query failed: " + e.getMessage(), e);
        }
    }

    /** A query run on a statement prepared once (the caller keeps it open and closes it). */
    static <T> List<T> query(java.sql.PreparedStatement p, String sql, List<Object> params, RowMapper<T> mapper) {
        var seen = observer;
        if (seen != null) {
            seen.accept(sql, params);
        }
        try {
            for (int i = 0; i < params.size(); i++) {
                p.setObject(i + 1, params.get(i));
            }
            List<T> out = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(mapper.map(r));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new LedgerException("query failed: " + e.getMessage(), e);
        }
    }

    static long count(Connection c, String sql, List<Object> params) {
        List<Long> n = query(c, sql, params, r -> r.getLong(1));
        return n.isEmpty() ? 0 : n.get(0);
    }

    /** User text as an FTS5 query (see {@link FtsQuery}). */
    static String ftsQuery(String text) {
        return FtsQuery.lenient(text).match();
    }

    static String like(String code) {
        return "%|" + code + "|%";
    }
}
