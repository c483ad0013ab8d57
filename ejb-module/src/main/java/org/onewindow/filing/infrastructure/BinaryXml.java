package org.onewindow.filing.infrastructure;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A reader of Android's binary XML ("AXML", the compiled {@code AndroidManifest.xml} of an APK): a
 * file chunk holding a string pool, a resource map (the attribute names' resource ids) and the
 * tree's nodes, all little-endian (AOSP {@code ResourceTypes.h}). Only what the filing needs is
 * read: each element's name, depth and attributes with their typed values.
 *
 * <p>The input is the submitter's and may be hostile: every size, offset and count is checked
 * against the bytes actually there before it is used, strings are decoded only when asked for,
 * nothing is allocated from a count the file states, and every loop advances by at least a chunk
 * header, so a bad file ends in a {@link MalformedPackageException}, never in a crash, an
 * out-of-memory error or a loop without end.
 */
final class BinaryXml {

  /** Android's attribute namespace. */
  static final String ANDROID_NAMESPACE = "http://schemas.android.com/apk/res/android";

  /** The typed value kinds the filing reads (Res_value::dataType). */
  static final int TYPE_REFERENCE = 0x01;

  static final int TYPE_STRING = 0x03;
  static final int TYPE_INT_DEC = 0x10;
  static final int TYPE_INT_HEX = 0x11;

  private static final int RES_STRING_POOL_TYPE = 0x0001;
  private static final int RES_XML_TYPE = 0x0003;
  private static final int RES_XML_START_NAMESPACE_TYPE = 0x0100;
  private static final int RES_XML_END_NAMESPACE_TYPE = 0x0101;
  private static final int RES_XML_START_ELEMENT_TYPE = 0x0102;
  private static final int RES_XML_END_ELEMENT_TYPE = 0x0103;
  private static final int RES_XML_CDATA_TYPE = 0x0104;
  private static final int RES_XML_RESOURCE_MAP_TYPE = 0x0180;

  private static final int UTF8_FLAG = 1 << 8;
  private static final int NO_INDEX = -1;

  /** A manifest has a few hundred elements; a million is a hostile file, not an app. */
  private static final int MAX_ELEMENTS = 1_000_000;

  /** Android's own limit on the tree's depth is far lower; this only bounds the depth counter. */
  private static final int MAX_DEPTH = 1_000;

  private final ByteBuffer data;
  private StringPool strings;
  private ByteBuffer resourceIds;

  /** An element's attribute, its value typed as the compiler wrote it. */
  record Attribute(String namespace, String name, int resourceId, int type, int data, String raw) {

    /** The value as text: a string, or a decimal or hexadecimal integer; null for other types. */
    String text() {
      return switch (type) {
        case TYPE_STRING -> raw;
        case TYPE_INT_DEC -> Integer.toString(data);
        case TYPE_INT_HEX -> "0x" + Integer.toHexString(data);
        default -> raw;
      };
    }
  }

  /** A start tag: its name, depth (the root is 1) and attributes. */
  record Element(String name, int depth, List<Attribute> attributes) {

    /**
     * The attribute of Android's namespace with resource id {@code resourceId}; by its name where a
     * tool stripped the resource map. Null when absent.
     */
    Attribute android(int resourceId, String androidName) {
      for (Attribute attribute : attributes) {
        if (attribute.resourceId() == resourceId) {
          return attribute;
        }
      }
      for (Attribute attribute : attributes) {
        if (attribute.resourceId() == 0
            && ANDROID_NAMESPACE.equals(attribute.namespace())
            && androidName.equals(attribute.name())) {
          return attribute;
        }
      }
      return null;
    }

    /** The attribute without a namespace named {@code plainName} ({@code package}), or null. */
    Attribute plain(String plainName) {
      for (Attribute attribute : attributes) {
        if (attribute.namespace() == null && plainName.equals(attribute.name())) {
          return attribute;
        }
      }
      return null;
    }
  }

  private BinaryXml(byte[] bytes) {
    this.data = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
  }

  /** The start tags of {@code bytes} in document order. */
  static List<Element> elements(byte[] bytes) throws MalformedPackageException {
    return new BinaryXml(bytes).read();
  }

  private List<Element> read() throws MalformedPackageException {
    int end = data.capacity();
    check(end >= 8, "shorter than a chunk header");
    int type = u16(0);
    int headerSize = u16(2);
    long size = u32(4);
    check(type == RES_XML_TYPE, "not binary XML");
    check(headerSize >= 8 && headerSize <= end, "bad file header size");
    check(size >= headerSize && size <= end, "bad file size");
    List<Element> elements = new ArrayList<>();
    int depth = 0;
    int offset = headerSize;
    while (offset + 8 <= size) {
      int chunkType = u16(offset);
      int chunkHeader = u16(offset + 2);
      long chunkSize = u32(offset + 4);
      check(
          chunkHeader >= 8 && chunkSize >= chunkHeader && chunkSize <= size - offset,
          "bad chunk at " + offset);
      int chunkEnd = offset + (int) chunkSize;
      switch (chunkType) {
        case RES_STRING_POOL_TYPE -> {
          check(strings == null, "second string pool");
          strings = new StringPool(offset, chunkHeader, chunkEnd);
        }
        case RES_XML_RESOURCE_MAP_TYPE -> {
          check(resourceIds == null, "second resource map");
          resourceIds = data.slice(offset + chunkHeader, chunkEnd - offset - chunkHeader);
          resourceIds.order(ByteOrder.LITTLE_ENDIAN);
        }
        case RES_XML_START_ELEMENT_TYPE -> {
          depth++;
          check(depth <= MAX_DEPTH, "too deep");
          check(elements.size() < MAX_ELEMENTS, "too many elements");
          elements.add(startElement(offset, chunkHeader, chunkEnd, depth));
        }
        case RES_XML_END_ELEMENT_TYPE -> {
          check(depth > 0, "end tag without a start");
          depth--;
        }
        case RES_XML_START_NAMESPACE_TYPE, RES_XML_END_NAMESPACE_TYPE, RES_XML_CDATA_TYPE -> {
          // nothing the filing reads: namespaces come with each attribute's own URI
        }
        default -> {
          // unknown chunks are skipped, as the platform's parser does
        }
      }
      offset = chunkEnd;
    }
    check(strings != null, "no string pool");
    check(!elements.isEmpty(), "no element");
    return elements;
  }

  private Element startElement(int offset, int headerSize, int chunkEnd, int depth)
      throws MalformedPackageException {
    check(strings != null, "element before the string pool");
    int ext = offset + headerSize;
    check(ext + 20 <= chunkEnd, "short element");
    String name = strings.get(index(ext + 4));
    check(name != null, "element without a name");
    int attributeStart = u16(ext + 8);
    int attributeSize = u16(ext + 10);
    int attributeCount = u16(ext + 12);
    check(attributeSize >= 20, "bad attribute size");
    long first = (long) ext + attributeStart;
    check(
        first + (long) attributeSize * attributeCount <= chunkEnd, "attributes past their element");
    List<Attribute> attributes = new ArrayList<>(attributeCount);
    for (int i = 0; i < attributeCount; i++) {
      int at = (int) first + i * attributeSize;
      String namespace = strings.get(index(at));
      int nameIndex = index(at + 4);
      String attributeName = strings.get(nameIndex);
      String raw = strings.get(index(at + 8));
      int valueType = data.get(at + 15) & 0xff;
      int value = data.getInt(at + 16);
      if (valueType == TYPE_STRING && raw == null) {
        raw = strings.get(value);
      }
      attributes.add(
          new Attribute(namespace, attributeName, resourceId(nameIndex), valueType, value, raw));
    }
    return new Element(name, depth, List.copyOf(attributes));
  }

  private int resourceId(int stringIndex) {
    if (resourceIds == null || stringIndex < 0 || stringIndex >= resourceIds.capacity() / 4) {
      return 0;
    }
    return resourceIds.getInt(stringIndex * 4);
  }

  /** A string reference: an index into the pool, or -1 (0xFFFFFFFF) for none. */
  private int index(int at) {
    long value = u32(at);
    return value > Integer.MAX_VALUE ? NO_INDEX : (int) value;
  }

  private int u16(int at) {
    return data.getShort(at) & 0xffff;
  }

  private long u32(int at) {
    return data.getInt(at) & 0xffffffffL;
  }

  private static void check(boolean condition, String problem) throws MalformedPackageException {
    if (!condition) {
      throw new MalformedPackageException("binary XML: " + problem);
    }
  }

  /** The string pool chunk (ResStringPool_header): offsets checked, strings decoded on demand. */
  private final class StringPool {

    private final int count;
    private final int offsets;
    private final int stringsStart;
    private final int end;
    private final boolean utf8;

    StringPool(int offset, int headerSize, int chunkEnd) throws MalformedPackageException {
      check(headerSize >= 28, "short string pool header");
      long stringCount = u32(offset + 8);
      long styleCount = u32(offset + 12);
      int flags = data.getInt(offset + 16);
      long start = u32(offset + 20);
      long table = (long) offset + headerSize;
      check(
          table + 4 * (stringCount + styleCount) <= chunkEnd,
          "string offsets past the string pool");
      check(stringCount == 0 || offset + start <= chunkEnd, "strings past the string pool");
      this.count = (int) stringCount;
      this.offsets = (int) table;
      this.stringsStart = (int) (offset + start);
      this.end = chunkEnd;
      this.utf8 = (flags & UTF8_FLAG) != 0;
    }

    /** String {@code index}, or null for -1; an index past the pool is malformed. */
    String get(int index) throws MalformedPackageException {
      if (index == NO_INDEX) {
        return null;
      }
      check(index >= 0 && index < count, "string index " + index + " past the pool");
      long at = stringsStart + u32(offsets + index * 4);
      check(at < end, "string " + index + " past the pool");
      return utf8 ? utf8((int) at) : utf16((int) at);
    }

    private String utf8(int at) throws MalformedPackageException {
      int[] cursor = {at};
      length8(cursor); // the length in UTF-16 units, which the decoder recomputes
      int bytes = length8(cursor);
      check(cursor[0] + (long) bytes <= end, "string past the pool");
      try {
        return StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(data.slice(cursor[0], bytes))
            .toString();
      } catch (CharacterCodingException e) {
        throw new MalformedPackageException("binary XML: a string is not UTF-8", e);
      }
    }

    private int length8(int[] cursor) throws MalformedPackageException {
      check(cursor[0] + 1 <= end, "string length past the pool");
      int first = data.get(cursor[0]++) & 0xff;
      if ((first & 0x80) == 0) {
        return first;
      }
      check(cursor[0] + 1 <= end, "string length past the pool");
      return ((first & 0x7f) << 8) | (data.get(cursor[0]++) & 0xff);
    }

    private String utf16(int at) throws MalformedPackageException {
      check(at + 2L <= end, "string length past the pool");
      int length = u16(at);
      int chars = at + 2;
      if ((length & 0x8000) != 0) {
        check(at + 4L <= end, "string length past the pool");
        length = ((length & 0x7fff) << 16) | u16(at + 2);
        chars = at + 4;
      }
      check(chars + 2L * length <= end, "string past the pool");
      char[] text = new char[length];
      for (int i = 0; i < length; i++) {
        text[i] = data.getChar(chars + 2 * i);
      }
      return new String(text);
    }
  }
}
