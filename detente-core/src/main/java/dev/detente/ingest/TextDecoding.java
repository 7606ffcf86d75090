package dev.detente.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes to text for inputs that do not say their encoding reliably: a byte-order mark wins; then,
 * for HTML, a {@code <meta charset>} in the first {@value #META_SCAN_BYTES} bytes (UTF-8 declared is
 * UTF-8 even where a byte is invalid); then UTF-8 if
 * the bytes are valid UTF-8; otherwise windows-1252 (the usual encoding of legacy Western pages,
 * a superset of ISO-8859-1 for printable text). Binary content is recognised by NUL bytes or a
 * high share of control bytes and rejected.
 */
public final class TextDecoding {
    static final int META_SCAN_BYTES = 4096;
    /** Share of control bytes (other than tab, CR, LF, FF, ESC) above which content is binary. */
    static final double BINARY_CONTROL_SHARE = 0.05;
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-z0-9_:.-]+)");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoding() {
    }

    /** Decoded text and the charset used. */
    public record Decoded(String text, Charset charset) {
    }

    /** Text that declares no encoding of its own (a BOM, valid UTF-8, else windows-1252). */
    public static Decoded decode(byte[] bytes) {
        return decode(bytes, false, Set.of());
    }

    /**
     * A web page: as {@link #decode(byte[])}, but a {@code <meta charset>} counts, where the labels
     * in {@code windows1252Labels} (iso-8859-1, latin1...) are read as windows-1252, as browsers do.
     */
    public static Decoded decodeHtml(byte[] bytes, Set<String> windows1252Labels) {
        return decode(bytes, true, windows1252Labels);
    }

    private static Decoded decode(byte[] bytes, boolean html, Set<String> windows1252Labels) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
        }
        if (html) {
            Charset declared = declaredCharset(bytes, windows1252Labels);
            if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
                return new Decoded(new String(bytes, declared), declared);
            }
            if (declared != null) {
                // a page that says UTF-8 is read as UTF-8 even with a stray invalid byte, as browsers do
                // (a replacement character there), not as windows-1252 throughout
                return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
            }
        }
        String utf8 = strictUtf8(bytes);
        if (utf8 != null) {
            return new Decoded(utf8, StandardCharsets.UTF_8);
        }
        return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252);
    }

    /** The text if the bytes are valid UTF-8, else null. */
    public static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Whether these first bytes look like binary data rather than text in some encoding. */
    public static boolean looksBinary(byte[] head, int length) {
        if (length >= 2 && (startsWith(head, 0xFE, 0xFF) || startsWith(head, 0xFF, 0xFE))) {
            return false;
        }
        int control = 0;
        for (int i = 0; i < length; i++) {
            int b = head[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
                control++;
            }
        }
        return length > 0 && control > BINARY_CONTROL_SHARE * length;
    }

    static Charset declaredCharset(byte[] bytes, Set<String> windows1252Labels) {
        String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        if (windows1252Labels.contains(name)) {
            return WINDOWS_1252; // what browsers do: the W3C encoding standard maps these labels to windows-1252
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
