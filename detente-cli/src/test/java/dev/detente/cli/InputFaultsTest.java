package dev.detente.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line over generated bad inputs and output faults: the right exit code, one line per
 * problem on stderr and never a stack trace, every good record out, no hang.
 */
class InputFaultsTest {
    private static final Duration NO_HANG = Duration.ofSeconds(120);
    private static final String GOOD = "Foreign Minister Ana Torres said on Tuesday that talks with Norway were going well.";

    @TempDir
    Path dir;

    private static void noStackTrace(CliRun r) {
        assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception:").doesNotContain("Caused by");
        assertThat(r.err().lines()).allMatch(l -> l.startsWith("detente: "));
    }

    private static String record(String id) {
        return "{\"id\":\"" + id + "\",\"text\":\"" + GOOD + "\"}";
    }

    @Test
    void aFolderOfBadInputsGivesEveryGoodRecordAndOneLinePerProblem() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("mixed.jsonl"), String.join("\n", record("a"), "{\"id\":\"n\",\"text\":\"x\u0000y\"}",
                record("b") + " trailing", record("c"), "", "   ", "{\"id\":\"cut\"", record("d")) + "\n");
        Files.writeString(in.resolve("blank.jsonl"), "\n  \n\t\n");
        Files.write(in.resolve("broken.jsonl.gz"), gzip("{oops\n" + record("e") + "\n"));
        Files.writeString(in.resolve("deep.html"), "<html><body><p>" + GOOD + "</p>" + "<blockquote>".repeat(50_000)
                + GOOD + "</body></html>");
        Files.writeString(in.resolve("marks.txt"), GOOD + " a" + "\u0301".repeat(200_000));
        Files.writeString(in.resolve("said.txt"), GOOD + " " + "said ".repeat(150_000));
        Files.writeString(in.resolve("huge.txt"), GOOD + " " + "word ".repeat(220_000)); // over the size budget
        Files.writeString(in.resolve("bad\nname\u001b[31m.jsonl"), "{oops\n");
        Path linked = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(linked.resolve("linked.txt"), GOOD);
        Files.createSymbolicLink(in.resolve("link"), linked);
        Files.createSymbolicLink(linked.resolve("back"), in); // a loop through two links

        // a generous time budget: what is checked is that no input breaks the run, not the machine's speed
        CliRun r = assertTimeoutPreemptively(NO_HANG, () -> CliRun.of("analyze", "--max-seconds-per-doc", "120", in.toString()));
        noStackTrace(r);
        assertThat(r.code()).isEqualTo(1);
        List<String> ids = r.out().lines().map(l -> l.substring(7, l.indexOf('"', 7))).toList();
        assertThat(ids).contains("a", "c", "d", "e", "deep", "marks", "said", "linked");
        assertThat(r.err())
                .contains("mixed.jsonl:2: malformed JSON: a NUL byte in the line")
                .contains("mixed.jsonl:3: malformed JSON")
                .contains("mixed.jsonl:7: malformed JSON")
                .contains("blank.jsonl: no records: only blank lines")
                .contains("broken.jsonl.gz:1: malformed JSON")
                .contains("huge.txt: analysis failed: over the size budget")
                .contains("bad\\nname\\e[31m.jsonl:1: malformed JSON")
                .contains("symbolic link loop");
    }

    @Test
    void aFifoIsRead() throws Exception {
        Path fifo = dir.resolve("pipe");
        Process mk;
        try {
            mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            return; // no mkfifo on this system: nothing to test
        }
        if (mk.waitFor() != 0) {
            return;
        }
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write((record("fifo") + "\n").getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.start();
        CliRun r = assertTimeoutPreemptively(NO_HANG, () -> CliRun.of("analyze", fifo.toString()));
        writer.join(10_000);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"id\":\"fifo\"");
    }

    @Test
    void aMissingOutputFolderIsOneLine() throws Exception {
        Path in = Files.writeString(dir.resolve("a.txt"), GOOD);
        Path out = dir.resolve("no/such/folder/out.jsonl");
        CliRun r = CliRun.of("analyze", in.toString(), "--out", out.toString());
        noStackTrace(r);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("detente: analyze: cannot write to " + out + ": no such folder " + out.getParent());
    }

    @Test
    void aFailedWriteToStdoutIsExitOneWithOneLine() throws Exception {
        Path in = Files.writeString(dir.resolve("a.txt"), GOOD);
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    throw new IOException("No space left on device");
                }
            }, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = assertTimeoutPreemptively(NO_HANG, () -> Main.run("analyze", in.toString()));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        String lines = err.toString(StandardCharsets.UTF_8).strip();
        assertThat(code).isEqualTo(1);
        assertThat(lines).isEqualTo("detente: analyze: cannot write to stdout: write error");
    }

    @Test
    void ledgerOpenErrorsAreOneLineNamingThePath() throws Exception {
        Path notLedger = Files.writeString(dir.resolve("not.db"), "this is not an SQLite database\n".repeat(200));
        Path in = Files.writeString(dir.resolve("a.txt"), GOOD);
        CliRun ingest = CliRun.of("ingest", "--no-progress", "--db", notLedger.toString(), in.toString());
        noStackTrace(ingest);
        assertThat(ingest.code()).isEqualTo(1);
        assertThat(ingest.err().strip()).isEqualTo("detente: ingest: cannot open ledger " + notLedger
                + ": not a ledger (the file is not an SQLite database)");
        CliRun query = CliRun.of("statements", "--db", notLedger.toString());
        noStackTrace(query);
        assertThat(query.err().strip()).contains(notLedger.toString()).contains("not a ledger");
        Path folder = Files.createDirectories(dir.resolve("folder.db"));
        CliRun onFolder = CliRun.of("ingest", "--no-progress", "--db", folder.toString(), in.toString());
        noStackTrace(onFolder);
        assertThat(onFolder.err().strip()).contains(folder.toString()).contains("a folder, not a ledger file");
    }

    private static byte[] gzip(String s) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(s.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
