package dev.detente.cli;

import dev.detente.pipeline.ParallelRunner;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Any failure as the one line a user reads (never a stack trace). */
final class Failures {
    private Failures() {
    }

    static String reason(Throwable t) {
        Throwable e = t;
        while ((e instanceof UncheckedIOException || e instanceof ParallelRunner.Failed && e.getMessage() == null)
                && e.getCause() != null) {
            e = e.getCause();
        }
        if (e instanceof FileSystemException f) {
            return f.getFile() + ": " + fileReason(f);
        }
        return ParallelRunner.reason(e);
    }

    static String fileReason(FileSystemException f) {
        if (f.getReason() != null && !(f instanceof NoSuchFileException)) {
            return f.getReason();
        }
        if (f instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (f instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (f instanceof FileAlreadyExistsException) {
            return "already exists";
        }
        if (f instanceof NotDirectoryException) {
            return "not a folder";
        }
        return f.getClass().getSimpleName();
    }
}
