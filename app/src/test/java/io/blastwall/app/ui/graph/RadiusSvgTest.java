package io.blastwall.app.ui.graph;

import static io.blastwall.app.ui.SmallEnvironment.AGENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blastwall.app.LoadedSnapshot;
import io.blastwall.app.background.ImmediateBackground;
import io.blastwall.app.ui.RecordingDialogs;
import io.blastwall.app.ui.SmallEnvironment;
import io.blastwall.model.GrantId;
import io.blastwall.styles.EdgeStyle;
import io.blastwall.styles.Palette;
import io.blastwall.styles.Theme;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The SVG export: a well-formed standalone document with what the canvas draws, without the FX toolkit. */
class RadiusSvgTest {
    private final LoadedSnapshot loaded = SmallEnvironment.loaded();
    private final RadiusGraphViewModel viewModel =
            new RadiusGraphViewModel(new ImmediateBackground(), new RecordingDialogs());

    @Test
    void isAStandaloneSvgDocumentSizedToTheDiagram() throws Exception {
        viewModel.show(loaded, AGENT);

        Element svg = parse(viewModel.svg()).getDocumentElement();

        assertEquals("svg", svg.getTagName());
        assertEquals("http://www.w3.org/2000/svg", svg.getNamespaceURI());
        RadiusDiagram d = viewModel.diagramProperty().get();
        assertTrue(Double.parseDouble(svg.getAttribute("width")) >= d.maxX() - d.minX());
        assertEquals("0 0 " + svg.getAttribute("width") + " " + svg.getAttribute("height"), svg.getAttribute("viewBox"));
        assertEquals(viewModel.captionProperty().get(), svg.getElementsByTagName("title").item(0).getTextContent());
    }

    @Test
    void labelsEveryNodeAndDrawsEveryEdge() throws Exception {
        viewModel.show(loaded, AGENT);

        Document doc = parse(viewModel.svg());

        List<String> texts = texts(doc);
        for (DiagramNode n : viewModel.diagramProperty().get().nodes()) {
            assertTrue(texts.contains(n.label()), "no label " + n.label() + " in " + texts);
        }
        assertTrue(texts.containsAll(List.of("Identity", "1 hop", "2 hops", "3 hops")), texts.toString());
        Element radius = group(doc, "radius");
        assertEquals(viewModel.diagramProperty().get().edges().size(), radius.getElementsByTagName("path").getLength());
        assertTrue(group(doc, "legend").getElementsByTagName("text").getLength() > 3);
    }

    @Test
    void drawsConditionalEdgesDashed() throws Exception {
        viewModel.show(loaded, AGENT);

        NodeList paths = group(parse(viewModel.svg()), "radius").getElementsByTagName("path");

        long dashed = elements(paths).stream().filter(p -> !p.getAttribute("stroke-dasharray").isEmpty()).count();
        assertEquals(1, dashed);
    }

    @Test
    void marksTheSimulationLikeTheCanvas() throws Exception {
        viewModel.simulate(loaded, AGENT, Set.of(GrantId.of("g-trust-admin")));

        Document doc = parse(viewModel.svg());

        String cut = Palette.edgeColor(Theme.LIGHT, EdgeStyle.CUT);
        assertTrue(elements(group(doc, "radius").getElementsByTagName("path")).stream()
                .anyMatch(p -> p.getAttribute("stroke").equals(cut) && p.getAttribute("stroke-dasharray").isEmpty()));
        assertTrue(texts(doc).stream().anyMatch(t -> t.startsWith("lost \u00b7")), texts(doc).toString());
        assertTrue(texts(doc).contains("cut by the simulated removal"));
        assertTrue(doc.getElementsByTagName("title").item(0).getTextContent().contains("\u2192"));
    }

    @Test
    void marksTheHighlightedPath() throws Exception {
        viewModel.show(loaded, AGENT);
        viewModel.highlight(loaded.analysis().radii().radius(AGENT).resources().stream()
                .filter(r -> r.resource().equals(SmallEnvironment.PAYMENTS_SECRET)).findFirst().orElseThrow().path());

        Document doc = parse(viewModel.svg());

        String red = Palette.edgeColor(Theme.LIGHT, EdgeStyle.ATTACK_PATH);
        long onPath = elements(group(doc, "radius").getElementsByTagName("path")).stream()
                .filter(p -> p.getAttribute("stroke").equals(red)).count();
        assertEquals(3, onPath);
        assertTrue(texts(doc).contains("selected attack path"));
    }

    @Test
    void followsTheTheme() throws Exception {
        viewModel.show(loaded, AGENT);
        viewModel.themeProperty().set(Theme.DARK);

        Element background = (Element) parse(viewModel.svg()).getElementsByTagName("rect").item(0);

        assertEquals(Palette.canvas(Theme.DARK), background.getAttribute("fill"));
    }

    @Test
    void escapesNamesAndStaysWellFormedWhenEmpty() throws Exception {
        assertEquals("svg", parse(viewModel.svg()).getDocumentElement().getTagName());
        assertEquals("a &lt;b&gt; &amp; &quot;c&quot;", Xml.escape("a <b> & \"c\"\u0001"));
        assertFalse(Xml.escape("x\uD800y").contains("\uD800"));
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static Element group(Document doc, String cssClass) {
        return elements(doc.getElementsByTagName("g")).stream().filter(g -> g.getAttribute("class").equals(cssClass))
                .findFirst().orElseThrow(() -> new AssertionError("no group " + cssClass));
    }

    private static List<String> texts(Document doc) {
        return elements(doc.getElementsByTagName("text")).stream().map(Element::getTextContent).toList();
    }

    private static List<Element> elements(NodeList list) {
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            found.add((Element) list.item(i));
        }
        return found;
    }
}
