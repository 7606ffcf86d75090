package dev.detente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.detente.store.SyntheticLedger;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** `timeline --plot` on a synthetic pair whose relations sour in week 10 of 16. */
class TimelinePlotTest {
    @TempDir
    static Path dir;
    static String db;

    @BeforeAll
    static void ledger() throws Exception {
        db = SyntheticLedger.build(dir, 16, 10, 11).toString();
    }

    @Test
    void svgChartHasTheSeriesItsBandTheChangeMarkerAndLabels() throws Exception {
        Path svg = dir.resolve("chart.svg");
        CliRun r = CliRun.of("timeline", "--pair", "USA-CHN", "--db", db, "--plot", svg.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("change: CHN-USA relations worsened in 2025-W12");

        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(svg.toFile()); // well-formed XML
        Element root = doc.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 960 440");
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Relations index CHN-USA, by week");
        NodeList circles = doc.getElementsByTagName("circle");
        assertThat(circles.getLength()).isEqualTo(16); // one dot per week
        Element line = (Element) doc.getElementsByTagName("polyline").item(0);
        String[] pts = line.getAttribute("points").split(" ");
        assertThat(pts).hasSize(16);
        // the index line falls: later points are lower on the page (larger y)
        double firstY = Double.parseDouble(pts[0].split(",")[1]);
        double lastY = Double.parseDouble(pts[15].split(",")[1]);
        assertThat(lastY).isGreaterThan(firstY + 100);
        assertThat(doc.getElementsByTagName("polygon").getLength()).isEqualTo(1); // the band over the 16 weeks
        String text = Files.readString(svg);
        assertThat(text).contains("+1 cooperation").contains("-1 conflict").contains("2025-W02").contains("stroke-dasharray");
        Matcher tooltip = Pattern.compile("<title>2025-W02: [+-]\\d\\.\\d\\d \\[").matcher(text);
        assertThat(tooltip.find()).isTrue();
    }

    @Test
    void pngChartIsARealImage() throws Exception {
        Path png = dir.resolve("chart.png");
        CliRun r = CliRun.of("timeline", "--pair", "CHN-USA", "--db", db, "--plot", png.toString(), "--by", "week");
        assertThat(r.code()).as(r.err()).isZero();
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(1920);
        assertThat(img.getHeight()).isEqualTo(880);
        // the index line's blue is drawn somewhere in the plot area
        boolean blue = false;
        for (int x = 300; x < 1800 && !blue; x += 2) {
            for (int y = 150; y < 760 && !blue; y += 2) {
                blue = img.getRGB(x, y) == 0xff1f5fa8;
            }
        }
        assertThat(blue).isTrue();
    }

    @Test
    void changesNamesTheShiftWeekAndTheItemsThatMovedIt() throws Exception {
        CliRun r = CliRun.of("changes", "--since", "2025-01-01", "--db", db, "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        var changes = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).get("period").asText()).isEqualTo("2025-W12");
        assertThat(changes.get(0).get("pair").asText()).isEqualTo("CHN-USA");
        assertThat(changes.get(0).get("eventIds").size() + changes.get(0).get("statementIds").size()).isGreaterThanOrEqualTo(6);
        assertThat(CliRun.of("changes", "--since", "2025-06-01", "--db", db).out()).contains("no shift detected since 2025-06-01");
        assertThat(CliRun.of("issues", "--pair", "CHN-USA", "--db", db).out()).contains("Sanctions").contains("Trade");
    }
}
