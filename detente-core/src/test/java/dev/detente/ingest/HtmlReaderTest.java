package dev.detente.ingest;

import dev.detente.knowledge.TestKnowledge;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {
    static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head>
            <meta charset="utf-8">
            <title>Ministers agree on river treaty | The Valley Herald</title>
            <meta property="og:title" content="Ministers agree on river treaty">
            <meta property="og:site_name" content="The Valley Herald">
            <meta name="author" content="Ana Petrova">
            <link rel="canonical" href="https://valleyherald.example/world/river-treaty">
            <script type="application/ld+json">
            {"@context":"https://schema.org","@type":"NewsArticle","headline":"Ministers agree on river treaty",
             "datePublished":"2024-05-06T08:30:00+03:00","publisher":{"@type":"Organization","name":"Valley Herald"}}
            </script>
            <script>var tracking = "do not read me";</script>
            <style>.x{color:red}</style>
            </head><body>
            <header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
            <div class="ad-slot advertisement">Buy cheap flights now!</div>
            <main>
              <article>
                <h1>Ministers agree on river treaty</h1>
                <div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
                <figure><img src="a.jpg"><figcaption>The two ministers in the capital. Photo: AFP</figcaption></figure>
                <p>The water ministers of the two neighbouring states signed a treaty on Monday on sharing the river.</p>
                <p>"This ends twenty years of dispute," one of the ministers told reporters after the ceremony.</p>
                <p><a href="/a">Related: Drought hits farmers</a></p>
                <p>The treaty still needs to be ratified by both parliaments.</p>
              </article>
              <section class="comments"><p>Great news, finally! - posted by reader123</p></section>
              <aside class="related-stories"><ul><li><a href="/b">Flood warning issued</a></li></ul></aside>
            </main>
            <footer>© 2024 The Valley Herald. All rights reserved.</footer>
            </body></html>
            """;

    @Test
    void extractsTheArticleAndItsMetadataWithoutPageFurniture() throws Exception {
        Collected got = new Collected();
        new HtmlReader(TestKnowledge.builtIn()).read("saved/river.html", new ByteArrayInputStream(PAGE.getBytes(StandardCharsets.UTF_8)), got);
        assertThat(got.failures).isEmpty();
        assertThat(got.articles).hasSize(1);
        Article a = got.articles.get(0);
        assertThat(a.id()).isEqualTo("river");
        assertThat(a.text()).isEqualTo("""
                The water ministers of the two neighbouring states signed a treaty on Monday on sharing the river.

                "This ends twenty years of dispute," one of the ministers told reporters after the ceremony.

                The treaty still needs to be ratified by both parliaments.""");
        assertThat(a.meta().title()).isEqualTo("Ministers agree on river treaty");
        assertThat(a.meta().published()).isEqualTo(LocalDate.of(2024, 5, 6));
        assertThat(a.meta().url()).isEqualTo("https://valleyherald.example/world/river-treaty");
        assertThat(a.meta().author()).isEqualTo("Ana Petrova");
        assertThat(a.meta().outlet()).isEqualTo("The Valley Herald");
        assertThat(a.meta().sources()).containsEntry("published", "html-meta");
    }

    @Test
    void pageWithoutArticleElementUsesTheBlockWithMostParagraphText() throws Exception {
        String html = "<html><head><title>Border reopens - Daily Example</title></head><body>"
                + "<div id='menu'><p><a href='/'>Home</a></p></div>"
                + "<div class='story'><p>The border crossing reopened on Friday after three weeks.</p>"
                + "<p>Traders welcomed the decision.</p></div></body></html>";
        Collected got = new Collected();
        new HtmlReader(TestKnowledge.builtIn()).read("page.htm", new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)), got);
        assertThat(got.articles.get(0).text()).isEqualTo("The border crossing reopened on Friday after three weeks.\n\n"
                + "Traders welcomed the decision.");
        assertThat(got.articles.get(0).meta().title()).isEqualTo("Border reopens");
        assertThat(got.articles.get(0).meta().published()).isNull();
    }

    @Test
    void declaredLegacyCharsetIsHonoured() throws Exception {
        String html = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Le ministre a parlé à Genève.</p></body></html>";
        Collected got = new Collected();
        new HtmlReader(TestKnowledge.builtIn()).read("fr.html", new ByteArrayInputStream(html.getBytes(Charset.forName("ISO-8859-1"))), got);
        assertThat(got.articles.get(0).text()).isEqualTo("Le ministre a parlé à Genève.");
    }

    @Test
    void aPageDeclaredUtf8WithAStrayInvalidByteIsStillUtf8() throws Exception {
        byte[] head = "<html><head><meta charset=\"utf-8\"></head><body><p>Le ministre a parlé à Genève, dit-il.</p><p>x ".getBytes(StandardCharsets.UTF_8);
        byte[] page = java.util.Arrays.copyOf(head, head.length + 1 + 5);
        page[head.length] = (byte) 0xC3; // a lead byte without its continuation
        System.arraycopy(" end.".getBytes(StandardCharsets.UTF_8), 0, page, head.length + 1, 5);
        Collected got = new Collected();
        new HtmlReader(TestKnowledge.builtIn()).read("fr.html", new ByteArrayInputStream(page), got);
        assertThat(got.articles.get(0).text()).contains("Le ministre a parlé à Genève, dit-il.");
    }

    @Test
    void pageOfOnlyScriptsFailsWithAReason() throws Exception {
        String html = "<html><head><script>var a=1;</script></head><body><script>render()</script><noscript>Enable JS</noscript></body></html>";
        Collected got = new Collected();
        new HtmlReader(TestKnowledge.builtIn()).read("app.html", new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)), got);
        assertThat(got.articles).isEmpty();
        assertThat(got.failures).singleElement().asString().startsWith("app.html: no article text");
    }
}
