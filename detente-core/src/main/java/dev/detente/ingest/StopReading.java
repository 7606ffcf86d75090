package dev.detente.ingest;

/**
 * Thrown by a listener to stop reading every input (the run cannot go on: its output or its
 * ledger failed). {@link Ingestor} reports the other failures per input and rethrows this one.
 */
public class StopReading extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StopReading(String message, Throwable cause) {
        super(message, cause);
    }
}
