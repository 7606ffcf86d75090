package dev.detente.statements;

/**
 * Who made a statement, as resolved: the actor id (from the actors layer, or a document-local
 * "speaker:" id when that layer has no mention there), the fullest name or the organisation's text,
 * role and country (alpha-3) when known, and how it was resolved.
 */
record Speaker(String id, String name, String role, String country, boolean person, String how) {
}
