package org.onewindow.filing.infrastructure;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The top-level dictionary of an Apple property list ({@code Info.plist}), in either of its
 * encodings: XML, or binary ({@code bplist00}, as Xcode writes it into an {@code .ipa}). Only the
 * dictionary's scalar values are read (strings, integers, booleans): every key the filing needs is
 * one; a nested array or dictionary is skipped, never descended into, so no nesting, cycle or
 * shared reference in a hostile file costs more than one look at its marker.
 */
final class PropertyList {

  private static final byte[] BINARY_MAGIC = "bplist00".getBytes(StandardCharsets.US_ASCII);

  /** The binary trailer: 6 unused bytes, two sizes, three 64-bit numbers. */
  private static final int TRAILER = 32;

  private PropertyList() {}

  /** The scalar entries of the top-level dictionary: String, Long or Boolean values. */
  static Map<String, Object> read(byte[] bytes) throws MalformedPackageException {
    if (bytes.length >= BINARY_MAGIC.length
        && Arrays.equals(Arrays.copyOf(bytes, BINARY_MAGIC.length), BINARY_MAGIC)) {
      return new Binary(bytes).topLevel();
    }
    return xml(bytes);
  }

  /**
   * The XML encoding, through StAX with no DTD processing: the {@code <!DOCTYPE plist …>} every
   * Info.plist declares is skipped, never fetched, and no entity is expanded.
   */
  private static Map<String, Object> xml(byte[] bytes) throws MalformedPackageException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    try {
      XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
      try {
        firstStart(xml, "plist");
        nextStart(xml, "dict");
        Map<String, Object> entries = new LinkedHashMap<>();
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
          if (!xml.getLocalName().equals("key")) {
            throw new MalformedPackageException("plist: a dictionary value without a key");
          }
          String key = xml.getElementText();
          if (xml.nextTag() != XMLStreamConstants.START_ELEMENT) {
            throw new MalformedPackageException("plist: a key without a value");
          }
          Object value = xmlValue(xml);
          if (value != null) {
            entries.putIfAbsent(key, value);
          }
        }
        return entries;
      } finally {
        xml.close();
      }
    } catch (XMLStreamException | NumberFormatException e) {
      throw new MalformedPackageException("plist: not a property list", e);
    }
  }

  /** The root element, past the prolog's declaration, DOCTYPE, comments and blanks. */
  private static void firstStart(XMLStreamReader xml, String name)
      throws XMLStreamException, MalformedPackageException {
    int event = xml.getEventType();
    while (event != XMLStreamConstants.START_ELEMENT && xml.hasNext()) {
      event = xml.next();
    }
    if (event != XMLStreamConstants.START_ELEMENT || !xml.getLocalName().equals(name)) {
      throw new MalformedPackageException("plist: <" + name + "> expected");
    }
  }

  private static void nextStart(XMLStreamReader xml, String name)
      throws XMLStreamException, MalformedPackageException {
    if (xml.nextTag() != XMLStreamConstants.START_ELEMENT || !xml.getLocalName().equals(name)) {
      throw new MalformedPackageException("plist: <" + name + "> expected");
    }
  }

  /** A scalar value, or null after skipping a container or another type. */
  private static Object xmlValue(XMLStreamReader xml) throws XMLStreamException {
    switch (xml.getLocalName()) {
      case "string":
        return xml.getElementText();
      case "integer":
        return Long.valueOf(xml.getElementText().trim());
      case "true":
      case "false":
        boolean value = xml.getLocalName().equals("true");
        xml.nextTag();
        return value;
      default:
        skip(xml);
        return null;
    }
  }

  /** Skips the element the reader is on, with what it holds; depth is a counter, not a stack. */
  private static void skip(XMLStreamReader xml) throws XMLStreamException {
    for (int depth = 1; depth > 0; ) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  /** The binary encoding (CFBinaryPList.c): an offset table and object references. */
  private static final class Binary {

    private final ByteBuffer data;
    private int offsetSize;
    private int referenceSize;
    private long objectCount;
    private long offsetTable;

    Binary(byte[] bytes) {
      this.data = ByteBuffer.wrap(bytes); // big-endian, as the format is
    }

    Map<String, Object> topLevel() throws MalformedPackageException {
      int length = data.capacity();
      check(length >= BINARY_MAGIC.length + TRAILER, "too short");
      int trailer = length - TRAILER;
      offsetSize = data.get(trailer + 6) & 0xff;
      referenceSize = data.get(trailer + 7) & 0xff;
      objectCount = data.getLong(trailer + 8);
      long top = data.getLong(trailer + 16);
      offsetTable = data.getLong(trailer + 24);
      check(offsetSize >= 1 && offsetSize <= 8, "bad offset size");
      check(referenceSize >= 1 && referenceSize <= 8, "bad reference size");
      check(objectCount >= 1 && objectCount <= length, "bad object count");
      check(
          offsetTable >= BINARY_MAGIC.length
              && offsetTable <= trailer
              && offsetTable + objectCount * offsetSize <= trailer,
          "offset table past the file");
      check(top >= 0 && top < objectCount, "bad top object");
      int at = objectAt(top);
      int marker = data.get(at) & 0xff;
      check(marker >> 4 == 0xD, "the top object is not a dictionary");
      int[] cursor = {at + 1};
      long count = length(marker, cursor);
      check(cursor[0] + 2 * count * referenceSize <= offsetTable, "dictionary past the objects");
      Map<String, Object> entries = new LinkedHashMap<>();
      for (long i = 0; i < count; i++) {
        long keyRef = uint(cursor[0] + (int) (i * referenceSize), referenceSize);
        long valueRef = uint(cursor[0] + (int) ((count + i) * referenceSize), referenceSize);
        check(keyRef < objectCount && valueRef < objectCount, "reference past the objects");
        Object key = scalar(objectAt(keyRef));
        check(key instanceof String, "a dictionary key that is no string");
        Object value = scalar(objectAt(valueRef));
        if (value != null) {
          entries.putIfAbsent((String) key, value);
        }
      }
      return entries;
    }

    /** Where object {@code index} starts, checked to lie among the objects. */
    private int objectAt(long index) throws MalformedPackageException {
      long at = uint((int) (offsetTable + index * offsetSize), offsetSize);
      check(at >= BINARY_MAGIC.length && at < offsetTable, "object past the objects");
      return (int) at;
    }

    /** A string, integer or boolean; null for any other object (not read further). */
    private Object scalar(int at) throws MalformedPackageException {
      int marker = data.get(at) & 0xff;
      int[] cursor = {at + 1};
      switch (marker >> 4) {
        case 0x0:
          return marker == 0x08 ? Boolean.FALSE : marker == 0x09 ? Boolean.TRUE : null;
        case 0x1:
          {
            int size = 1 << (marker & 0x0f);
            check(size <= 8 && at + 1 + size <= offsetTable, "bad integer");
            return size == 8 ? data.getLong(at + 1) : uint(at + 1, size);
          }
        case 0x5:
          {
            long count = length(marker, cursor);
            check(cursor[0] + count <= offsetTable, "string past the objects");
            return new String(data.array(), cursor[0], (int) count, StandardCharsets.ISO_8859_1);
          }
        case 0x6:
          {
            long count = length(marker, cursor);
            check(cursor[0] + 2 * count <= offsetTable, "string past the objects");
            return new String(
                data.array(), cursor[0], (int) (2 * count), StandardCharsets.UTF_16BE);
          }
        default:
          return null;
      }
    }

    /** An object's element count: its marker's low nibble, or the integer after it (0xF). */
    private long length(int marker, int[] cursor) throws MalformedPackageException {
      int low = marker & 0x0f;
      if (low != 0x0f) {
        return low;
      }
      check(cursor[0] < offsetTable, "length past the objects");
      int intMarker = data.get(cursor[0]) & 0xff;
      check(intMarker >> 4 == 0x1, "bad length");
      int size = 1 << (intMarker & 0x0f);
      check(size <= 4 && cursor[0] + 1 + size <= offsetTable, "bad length");
      long count = uint(cursor[0] + 1, size);
      cursor[0] += 1 + size;
      check(count <= offsetTable, "length past the objects");
      return count;
    }

    /** An unsigned big-endian integer of {@code size} bytes (1 to 8) at {@code at}. */
    private long uint(int at, int size) throws MalformedPackageException {
      check(at >= 0 && at + size <= data.capacity(), "number past the file");
      long value = 0;
      for (int i = 0; i < size; i++) {
        value = (value << 8) | (data.get(at + i) & 0xff);
      }
      check(value >= 0, "number out of range");
      return value;
    }

    private static void check(boolean condition, String problem) throws MalformedPackageException {
      if (!condition) {
        throw new MalformedPackageException("binary plist: " + problem);
      }
    }
  }
}
