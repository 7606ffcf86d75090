package dev.detente.text;

/** What a line of an article is; every kind but {@link #BODY} and {@link #TITLE} is kept out of the body. */
public enum LineKind {
    BODY,
    TITLE,
    /** A line that is a date (and maybe a time or agency name): publication metadata. */
    DATE,
    /** A clock time alone ("16:54"). */
    TIMESTAMP,
    /** A photo or image caption, or a photo credit. */
    CAPTION,
    /** "By ...", "Author: ...", or a widget row of short segments between separators. */
    BYLINE,
    /** Subscribe, share, comment, join... */
    CALL_TO_ACTION,
    /** "Related article: ...", "Read more: ...", or a line that is mostly link text. */
    RELATED_LINK,
    /** A bare URL, or a short label line introducing one ("Original url:"). */
    URL,
    /** A one- or two-word section name above the headline, or a breadcrumb. */
    SECTION_LABEL,
    /** A line without letters or digits ("***", "---"). */
    SEPARATOR,
    /** Copyright and rights notices. */
    COPYRIGHT;

    public boolean isContent() {
        return this == BODY || this == TITLE;
    }
}
