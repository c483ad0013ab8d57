package org.onewindow.batch.sync.format;

import java.io.IOException;
import java.io.Reader;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * XML {@code <records><record><field_name>value</field_name>…</record>…</records>}, streamed. No
 * DTD, no external entity is ever read (a file from outside must not make the platform fetch or
 * expand anything). A syntax error, or a field holding elements, ends the file with one malformed
 * record.
 */
final class XmlRecords implements RecordSource {

  private static final XMLInputFactory FACTORY = factory();

  private final Reader source;
  private final XMLStreamReader xml;
  private long ordinal;
  private boolean ended;

  XmlRecords(Reader source) throws IOException {
    this.source = source;
    try {
      this.xml = FACTORY.createXMLStreamReader(source);
    } catch (XMLStreamException e) {
      throw new IOException("not XML: " + e.getMessage(), e);
    }
  }

  private static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    return factory;
  }

  @Override
  public RawRecord next() {
    if (ended) {
      return null;
    }
    try {
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT && "record".equals(xml.getLocalName())) {
          ordinal++;
          return record();
        }
      }
      ended = true;
      return null;
    } catch (XMLStreamException e) {
      ended = true;
      return RawRecord.malformed(ordinal + 1, "not XML, reading stops: " + e.getMessage(), "");
    }
  }

  /** The fields of the record whose start tag was just read, up to its end tag. */
  private RawRecord record() throws XMLStreamException {
    Map<String, String> fields = new LinkedHashMap<>();
    StringBuilder excerpt = new StringBuilder("<record>");
    while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
      String name = xml.getLocalName();
      String value = xml.getElementText(); // a field holding elements: not XML we read, stops
      fields.put(name, value);
      if (excerpt.length() < RawRecord.EXCERPT) {
        excerpt.append('<').append(name).append('>').append(value);
        excerpt.append("</").append(name).append('>');
      }
    }
    excerpt.append("</record>");
    return RawRecord.of(ordinal, fields, excerpt.toString());
  }

  @Override
  public void close() throws IOException {
    try {
      xml.close();
    } catch (XMLStreamException ignored) {
      // closing a broken document; the reader is closed below
    }
    source.close();
  }
}
