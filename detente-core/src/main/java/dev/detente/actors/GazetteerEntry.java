package dev.detente.actors;

/**
 * One name the gazetteer knows: what it names ({@code type}), its canonical form, its code (alpha-3
 * for countries, e.g. "NATO" or "RUS-GOV" for organisations) and the country it belongs to (null for
 * international organisations and generic bodies). {@code orgKind} is igo, body, media, group or
 * company for organisations; {@code defaultCode} is the organisation a generic body means when the
 * text ties it to no country ("Security Council" → UN).
 */
public record GazetteerEntry(Type type, String canonical, String code, String country, String orgKind,
                             String defaultCode, CaseRule caseRule) {

    public enum Type { COUNTRY, DEMONYM, CAPITAL, CITY, ORGANIZATION, GENERIC_BODY, TITLE }

    /** How the text must be cased to match: acronyms exactly, proper names capitalised, role nouns in any case. */
    public enum CaseRule { ANY, CAPITALIZED, UPPER }

    public boolean givesCountry() {
        return country != null;
    }

    public boolean isPlace() {
        return type == Type.COUNTRY || type == Type.CAPITAL || type == Type.CITY;
    }
}
