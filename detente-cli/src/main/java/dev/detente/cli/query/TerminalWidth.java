package dev.detente.cli.query;

import java.io.File;
import java.util.concurrent.TimeUnit;

/**
 * How wide a table may be: {@code -Ddetente.columns=N}, else {@code $COLUMNS}, else the terminal's
 * width ({@code stty size} on /dev/tty) when the output is a terminal; 0 (no limit) for a pipe or
 * file, so scripts get whole cells.
 */
public final class TerminalWidth {
    private TerminalWidth() {
    }

    static int columns() {
        Integer n = number(System.getProperty("detente.columns"));
        if (n == null) {
            n = number(System.getenv("COLUMNS"));
        }
        if (n == null && isTerminal()) {
            n = stty();
        }
        return n == null ? 0 : n;
    }

    /** Whether standard output is a terminal (Console.isTerminal from Java 22 on; a console at all before). */
    public static boolean isTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    private static Integer number(String s) {
        try {
            return s == null || s.isBlank() ? null : Math.max(0, Integer.parseInt(s.strip()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer stty() {
        File tty = new File("/dev/tty");
        if (!tty.canRead()) {
            return null;
        }
        try {
            Process p = new ProcessBuilder("stty", "size").redirectInput(tty).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).strip();
            if (!p.waitFor(1, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return null;
            }
            String[] parts = out.split("\\s+");
            return parts.length == 2 ? number(parts[1]) : null;
        } catch (java.io.IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
