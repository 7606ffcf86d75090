package dev.detente.store.sqlite;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * The one-writer-per-ledger lock: an OS file lock on {@code LEDGER-writer.lock} beside the ledger,
 * held for the writer's life (the OS drops it when the process dies, so a killed ingest never
 * leaves the ledger locked). A second writer waits a bounded time for it, then is told the ledger
 * is busy. The lock file itself stays (deleting it would race with a waiting writer).
 */
final class WriterLock implements AutoCloseable {
    private static final long POLL_MILLIS = 100;
    private final FileChannel channel;
    private final FileLock lock;

    private WriterLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static Path lockFile(Path ledger) {
        return ledger.toAbsolutePath().resolveSibling(ledger.getFileName() + "-writer.lock");
    }

    static WriterLock acquire(Path ledger, Duration wait) {
        Path file = lockFile(ledger);
        FileChannel channel;
        try {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new LedgerException("cannot open ledger " + ledger + ": cannot create its lock file " + file + ": "
                    + ioReason(e), e);
        }
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            while (true) {
                FileLock lock = null;
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException e) {
                    // held by another writer of this process
                }
                if (lock != null) {
                    return new WriterLock(channel, lock);
                }
                if (System.nanoTime() - deadline > 0) {
                    throw new LedgerException(String.format(java.util.Locale.ROOT,
                            "ledger %s is busy: another ingest is writing to it (waited %d s; try again when it ends)",
                            ledger, wait.toSeconds()), null);
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the original failure is the one to report
            }
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            if (e instanceof LedgerException le) {
                throw le;
            }
            throw new LedgerException("cannot lock ledger " + ledger + ": " + (e instanceof IOException io ? ioReason(io)
                    : e.toString()), e);
        }
    }

    static String ioReason(IOException e) {
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel releases it too
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing left to release
        }
    }
}
