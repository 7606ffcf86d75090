package dev.detente.ingest;

/**
 * Input names as they may appear in a one-line message: control characters (a newline, an escape
 * sequence, a NUL in a file name) are shown escaped, so a name can neither break the line nor
 * drive the terminal.
 */
public final class Names {
    private Names() {
    }

    public static String printable(String name) {
        if (name == null) {
            return "null";
        }
        StringBuilder b = null;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            String escaped = escape(c);
            if (escaped != null && b == null) {
                b = new StringBuilder(name.length() + 8).append(name, 0, i);
            }
            if (b != null) {
                if (escaped != null) {
                    b.append(escaped);
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? name : b.toString();
    }

    private static String escape(char c) {
        switch (c) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            case 0x1B:
                return "\\e";
            default:
                break;
        }
        if (c < 0x20 || c == 0x7F || c >= 0x80 && c <= 0x9F) {
            return String.format("\\x%02x", (int) c);
        }
        if (c == '\u2028' || c == '\u2029' || c == '\u202E' || c == '\u202D') {
            return String.format("\\u%04x", (int) c);
        }
        return null;
    }
}
