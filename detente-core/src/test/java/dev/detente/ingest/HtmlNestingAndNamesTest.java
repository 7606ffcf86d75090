package dev.detente.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.detente.knowledge.TestKnowledge;

import org.junit.jupiter.api.Test;

/** The nesting bound leaves real pages alone and flattens only what is deeper; names print on one line. */
class HtmlNestingAndNamesTest {
    @Test
    void aRealPageIsUnchanged() {
        String page = "<!doctype html><html><head><script>if (a<b) { x = '<div>'; }</script></head><body>"
                + "<ul><li>one<li>two</ul>" + "<div><section><p>text<p>more<br><img src=x></section></div>".repeat(300)
                + "<!-- <div><div> -->" + "</body></html>";
        assertThat(new HtmlNesting(HtmlLexicon.of(TestKnowledge.builtIn())).bound(page)).isSameAs(page);
    }

    @Test
    void tagsBelowTheBoundAreDroppedAndTheirTextKept() {
        int depth = 100_000;
        String page = "<html><body>" + "<blockquote>".repeat(depth) + "deep text" + "</blockquote>".repeat(depth) + "</body></html>";
        String bounded = new HtmlNesting(HtmlLexicon.of(TestKnowledge.builtIn())).bound(page);
        assertThat(bounded).contains("deep text");
        assertThat(bounded.split("<blockquote>", -1)).hasSize(HtmlNesting.MAX_DEPTH + 1);
        assertThat(bounded.split("</blockquote>", -1)).hasSize(HtmlNesting.MAX_DEPTH + 1);
    }

    @Test
    void controlCharactersInNamesAreEscaped() {
        assertThat(Names.printable("bad\nname\u001b[31m.jsonl")).isEqualTo("bad\\nname\\e[31m.jsonl");
        assertThat(Names.printable("tab\there\u0000")).isEqualTo("tab\\there\\x00");
        assertThat(Names.printable("plain/path.txt")).isEqualTo("plain/path.txt");
        assertThat(Names.printable("rtl\u202Etxt.exe")).isEqualTo("rtl\\u202etxt.exe");
    }
}
