package dev.detente.store.sqlite;

/** A ledger that cannot be opened or queried; the message names the reason in one line. */
public final class LedgerException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LedgerException(String message, Throwable cause) {
        super(message, cause);
    }
}
