package dev.detente.store.export;

/** A column of an export table: its name and type ({@code json} columns hold a JSON array or object as text). */
public record Column(String name, Type type) {
    public enum Type { STRING, LONG, DOUBLE, BOOLEAN, JSON }

    static Column string(String name) {
        return new Column(name, Type.STRING);
    }

    static Column integer(String name) {
        return new Column(name, Type.LONG);
    }

    static Column decimal(String name) {
        return new Column(name, Type.DOUBLE);
    }

    static Column bool(String name) {
        return new Column(name, Type.BOOLEAN);
    }

    static Column json(String name) {
        return new Column(name, Type.JSON);
    }
}
