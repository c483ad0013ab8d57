package org.onewindow.filing.testing;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a binary property list ({@code bplist00}, as Xcode puts {@code Info.plist} into an app):
 * one top-level dictionary of strings (ASCII or UTF-16), integers, booleans and, to be skipped by
 * readers, nested empty arrays ({@link #ARRAY}).
 */
public final class BinaryPropertyLists {

  /** A value that becomes an empty array. */
  public static final Object ARRAY = new Object();

  private BinaryPropertyLists() {}

  public static byte[] of(Map<String, ?> dictionary) {
    List<byte[]> objects = new ArrayList<>();
    objects.add(null); // the dictionary, written once its references are known
    List<Integer> keys = new ArrayList<>();
    List<Integer> values = new ArrayList<>();
    for (Map.Entry<String, ?> entry : dictionary.entrySet()) {
      keys.add(objects.size());
      objects.add(string(entry.getKey()));
      values.add(objects.size());
      objects.add(value(entry.getValue()));
    }
    if (objects.size() > 255) {
      throw new IllegalArgumentException("one-byte references only");
    }
    ByteArrayOutputStream dict = new ByteArrayOutputStream();
    marker(dict, 0xD, keys.size());
    keys.forEach(dict::write);
    values.forEach(dict::write);
    objects.set(0, dict.toByteArray());

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("bplist00".getBytes(StandardCharsets.US_ASCII));
    List<Integer> offsets = new ArrayList<>();
    for (byte[] object : objects) {
      offsets.add(out.size());
      out.writeBytes(object);
    }
    int offsetTable = out.size();
    for (int offset : offsets) {
      out.write(offset >> 8);
      out.write(offset & 0xff);
    }
    ByteBuffer trailer = ByteBuffer.allocate(32);
    trailer.position(6);
    trailer.put((byte) 2).put((byte) 1);
    trailer.putLong(objects.size()).putLong(0).putLong(offsetTable);
    out.writeBytes(trailer.array());
    return out.toByteArray();
  }

  private static byte[] value(Object value) {
    if (value == ARRAY) {
      return new byte[] {(byte) 0xA0};
    }
    if (value instanceof Boolean b) {
      return new byte[] {(byte) (b ? 0x09 : 0x08)};
    }
    if (value instanceof Number n) {
      return ByteBuffer.allocate(9).put((byte) 0x13).putLong(n.longValue()).array();
    }
    return string(value.toString());
  }

  private static byte[] string(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    boolean ascii = text.chars().allMatch(c -> c < 0x80);
    marker(out, ascii ? 0x5 : 0x6, text.length());
    out.writeBytes(text.getBytes(ascii ? StandardCharsets.US_ASCII : StandardCharsets.UTF_16BE));
    return out.toByteArray();
  }

  private static void marker(ByteArrayOutputStream out, int type, int count) {
    if (count < 15) {
      out.write((type << 4) | count);
    } else {
      out.write((type << 4) | 0xF);
      out.write(0x11); // a two-byte integer follows
      out.write(count >> 8);
      out.write(count & 0xff);
    }
  }
}
