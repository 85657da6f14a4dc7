package vn.chibo.importing;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX readers for parts of an uploaded workbook: the JDK's own parser (not whichever one happens to
 * be on the class path), no DTDs and no external entities (XXE), a bounded element depth, and text
 * delivered in chunks rather than coalesced, so one huge text node is never built whole.
 */
final class SafeXml {
    private static final int MAX_DEPTH = 64;
    private static final int MAX_ATTRIBUTES = 200;

    private SafeXml() {}

    static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty("jdk.xml.maxElementDepth", MAX_DEPTH);
        factory.setProperty("jdk.xml.elementAttributeLimit", MAX_ATTRIBUTES);
        return factory.createXMLStreamReader(in);
    }

    /** The value of the attribute with this local name, whatever its namespace, or null. */
    static String attribute(XMLStreamReader xml, String localName) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (localName.equals(xml.getAttributeLocalName(i))) return xml.getAttributeValue(i);
        }
        return null;
    }
}
