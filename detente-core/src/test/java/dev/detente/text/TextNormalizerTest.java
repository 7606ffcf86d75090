package dev.detente.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {
    private final TextNormalizer normalizer = new TextNormalizer();

    @Test
    void collapsesSpacesKeepsParagraphsAndQuotes() {
        NormalizedText n = normalizer.normalize("  The  minister\tsaid “no”.\r\n\r\nShe\u00A0left. \n");
        assertThat(n.text()).isEqualTo("The minister said “no”.\n\nShe left.\n");
    }

    @Test
    void reducesMarkdownLinkResidueToItsTextAndMapsBack() {
        String raw = "The ministry [said](#) on Monday that [talks](https://example.org/a) resume. ![map](img.png)Done.";
        NormalizedText n = normalizer.normalize(raw);
        assertThat(n.text()).isEqualTo("The ministry said on Monday that talks resume. Done.");
        int said = n.text().indexOf("said");
        assertThat(raw.substring(n.map().toOriginal(said), n.map().toOriginal(said) + 4)).isEqualTo("said");
        assertThat(n.isLink(said)).isTrue();
        int monday = n.text().indexOf("Monday");
        assertThat(raw.substring(n.map().toOriginal(monday), n.map().toOriginal(monday) + 6)).isEqualTo("Monday");
        assertThat(n.isLink(monday)).isFalse();
    }

    @Test
    void autolinksLoseTheirBracketsAndHeadingMarksGo() {
        NormalizedText n = normalizer.normalize("## Summit ends\nSource:\n<https://news.example.com/2024/01/02/x>");
        assertThat(n.text()).isEqualTo("Summit ends\nSource:\nhttps://news.example.com/2024/01/02/x");
    }

    @Test
    void composesToNfcAndDropsInvisibleCharacters() {
        String raw = "Lajc\u030Cák met the envoy\u200B today\u00AD.";
        NormalizedText n = normalizer.normalize(raw);
        assertThat(n.text()).isEqualTo("Lajčák met the envoy today.");
        int met = n.text().indexOf("met");
        assertThat(raw.startsWith("met", n.map().toOriginal(met))).isTrue();
    }

    @Property(tries = 300)
    void everyKeptCharacterMapsToTheSameCharacterInTheInput(@ForAll String raw) {
        NormalizedText n = normalizer.normalize(raw);
        String text = n.text();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int o = n.map().toOriginal(i);
            assertThat(o).isBetween(0, Math.max(0, raw.length() - 1));
            if (c != ' ' && c != '\n' && java.text.Normalizer.isNormalized(raw, java.text.Normalizer.Form.NFC)) {
                assertThat(raw.charAt(o)).isEqualTo(c);
            }
        }
    }
}
