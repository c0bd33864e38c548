package dev.lanekit.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class SpeedupChartTest {

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document document) {
        NodeList nodes = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    @Test
    void chartIsWellFormedSvg() throws Exception {
        Document document = parse(SpeedupChart.svg(Samples.dotAndSoftmax(), "CPU <x> & \"y\""));

        assertEquals("svg", document.getDocumentElement().getLocalName());
        assertTrue(texts(document).contains("CPU <x> & \"y\""));
    }

    @Test
    void legendAndAxisLabelsPresent() throws Exception {
        List<String> texts = texts(parse(SpeedupChart.svg(Samples.dotAndSoftmax(), "machine")));

        assertTrue(texts.contains("simd"), texts.toString());
        assertTrue(texts.contains("netlib"), texts.toString());
        assertTrue(texts.contains("speedup over scalar (×)"), texts.toString());
        assertTrue(texts.contains("kernel and shape"), texts.toString());
        assertTrue(texts.contains("dot"), texts.toString());
        assertTrue(texts.contains("n=4096"), texts.toString());
    }

    @Test
    void oneBarPerNonScalarResult() throws Exception {
        Document document = parse(SpeedupChart.svg(Samples.dotAndSoftmax(), "machine"));
        NodeList titles = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title");

        assertEquals(3, titles.getLength());
    }

    @Test
    void emptyResultsStillWellFormed() throws Exception {
        Document document = parse(SpeedupChart.svg(List.of(), "machine"));

        assertTrue(texts(document).contains("no kernel has both a scalar and another result"));
    }

    @Test
    void largeSizesShortened() {
        assertEquals("n=16M", SpeedupChart.shortShape("n=16777216"));
        assertEquals("n=64K, p=2.5", SpeedupChart.shortShape("n=65536, p=2.5"));
        assertEquals("m=n=4096", SpeedupChart.shortShape("m=n=4096"));
    }

    @Test
    void niceCeilingSteps() {
        assertEquals(1, SpeedupChart.niceCeiling(0.8), 1e-12);
        assertEquals(0.5, SpeedupChart.niceCeiling(0.3), 1e-12);
        assertEquals(2.5, SpeedupChart.niceCeiling(2.1), 1e-12);
        assertEquals(50, SpeedupChart.niceCeiling(34.5), 1e-12);
        assertEquals(100, SpeedupChart.niceCeiling(51), 1e-12);
    }
}
