package org.seedcompat.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** junit.xml parses, has one testcase per case, failures for unexpected ones and the fingerprint as properties. */
class JunitXmlTest {

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void oneTestcasePerCaseWithFailuresAndFingerprintProperties() throws Exception {
        Document doc = parse(JunitXml.render(SyntheticRun.standard().report(KnownDivergences.none())));
        NodeList cases = doc.getElementsByTagName("testcase");
        assertEquals(5, cases.getLength());
        assertEquals(2, doc.getElementsByTagName("failure").getLength());
        NodeList suites = doc.getElementsByTagName("testsuite");
        assertEquals(2, suites.getLength());
        Element legacy = (Element) suites.item(0);
        assertEquals("numpy-legacy", legacy.getAttribute("name"));
        assertEquals("4", legacy.getAttribute("tests"));
        assertEquals("2", legacy.getAttribute("failures"));
        boolean fma = false;
        boolean cpu = false;
        NodeList props = legacy.getElementsByTagName("property");
        for (int i = 0; i < props.getLength(); i++) {
            Element p = (Element) props.item(i);
            fma |= p.getAttribute("name").equals("cpu_flags.fma") && p.getAttribute("value").equals("true");
            cpu |= p.getAttribute("name").equals("cpu_model") && p.getAttribute("value").equals("synthetic <CPU> & co");
        }
        assertTrue(fma && cpu, "fingerprint properties, escaped and read back");
        Element first = (Element) cases.item(0);
        assertEquals("floats[42]", first.getAttribute("name"));
        assertTrue(first.getElementsByTagName("failure").item(0).getTextContent().contains("rand(200)"));
    }

    @Test
    void anExpectedDivergencePassesWithANote() throws Exception {
        KnownDivergences known = new KnownDivergences(null, java.util.List.of(
                new KnownDivergence(null, "floats[42]", null, "synthetic")));
        Document doc = parse(JunitXml.render(SyntheticRun.standard().report(known)));
        assertEquals(1, doc.getElementsByTagName("failure").getLength());
        assertEquals(1, doc.getElementsByTagName("system-out").getLength());
    }
}
