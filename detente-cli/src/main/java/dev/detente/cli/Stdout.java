package dev.detente.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * Standard output whose failures are seen: {@code System.out} swallows write errors, so a run
 * writing to a full disk or a closed pipe would end "successfully" with nothing written. The
 * process's stdout is replaced by one that remembers the last error, and {@link #stream()} gives
 * commands a stream that throws it.
 */
final class Stdout {
    private static volatile Recording installed;

    private Stdout() {
    }

    /** Called once by the real process (not by tests, which capture System.out themselves). */
    static void install() {
        Recording r = new Recording(new FileOutputStream(FileDescriptor.out));
        installed = r;
        System.setOut(new PrintStream(new java.io.BufferedOutputStream(r, 1 << 13), true, System.out.charset()));
    }

    /** The reason stdout failed, or null if every write so far succeeded (flushes first). */
    static String error() {
        if (!System.out.checkError()) {
            return null;
        }
        Recording r = installed;
        IOException last = r == null ? null : r.last;
        return last == null || last.getMessage() == null ? "write error" : last.getMessage();
    }

    /** System.out as a stream that throws when a write has failed (never closes stdout). */
    static OutputStream stream() {
        PrintStream out = System.out;
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
                check();
            }

            @Override
            public void flush() throws IOException {
                check();
            }

            @Override
            public void close() throws IOException {
                check();
            }

            private void check() throws IOException {
                String error = error();
                if (error != null) {
                    throw new IOException(error);
                }
            }
        };
    }

    private static final class Recording extends FilterOutputStream {
        volatile IOException last;

        Recording(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                last = e;
                throw e;
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                last = e;
                throw e;
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                last = e;
                throw e;
            }
        }
    }
}
