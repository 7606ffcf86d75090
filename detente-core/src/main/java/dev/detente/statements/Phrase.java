package dev.detente.statements;

/**
 * A speaker phrase as the text gives it: tokens [start, end), what kind of reference it is, the
 * name it gives (a person's name, an organisation's or country's text, or the role phrase) and the
 * role words standing before a person's name ("Kremlin spokesman").
 */
record Phrase(int start, int end, Kind kind, String name, String role, String roleHead) {
    enum Kind {
        /** "Claire Martin", "French FM Dubois": ends in a person's name. */
        PERSON,
        /** "the Kremlin", "Iran's Foreign Ministry", "Tehran", "CNN". */
        ORGANIZATION,
        /** "the spokesman", "a senior official": a person named elsewhere. */
        ROLE,
        /** "Chinese officials", "both sides": a group speaking together. */
        GROUP,
        /** "he", "she", "his". */
        PRONOUN
    }
}
