package org.onewindow.filing.testing;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a compiled {@code AndroidManifest.xml} (Android binary XML, as aapt2 does): a string pool
 * in UTF-16 or UTF-8, a resource map giving the {@code android:} attributes their resource ids, and
 * the elements {@code <manifest>}, {@code <uses-sdk>}, any {@code <uses-permission>} and {@code
 * <application>}. apksig reads it as it reads a real one.
 *
 * <p>The layout is fixed so tests can corrupt it on purpose: the file header (8 bytes), then the
 * string pool at {@link #STRING_POOL_OFFSET}.
 */
public final class BinaryManifest {

  /** Where the string pool chunk starts (right after the file header). */
  public static final int STRING_POOL_OFFSET = 8;

  static final String ANDROID = "http://schemas.android.com/apk/res/android";

  // Android attribute resource ids (frameworks/base core/res/res/values/public.xml)
  private static final int NAME = 0x01010003;
  private static final int VERSION_CODE = 0x0101021b;
  private static final int VERSION_NAME = 0x0101021c;
  private static final int MIN_SDK = 0x0101020c;
  private static final int TARGET_SDK = 0x01010270;
  private static final int VERSION_CODE_MAJOR = 0x01010576;

  private static final int TYPE_STRING = 0x03;
  private static final int TYPE_INT_DEC = 0x10;

  private String packageName = "gov.example.app";
  private long versionCode = 1;
  private String versionName = "1.0";
  private int minSdk = 24;
  private int targetSdk = 34;
  private final List<String> permissions = new ArrayList<>();
  private final List<String> applicationPermissions = new ArrayList<>();
  private boolean utf8;

  public static BinaryManifest of(String packageName) {
    return new BinaryManifest().packageName(packageName);
  }

  public BinaryManifest packageName(String name) {
    this.packageName = name;
    return this;
  }

  /** The version code; above 2^31-1 written as versionCodeMajor (high) and versionCode (low). */
  public BinaryManifest versionCode(long code) {
    this.versionCode = code;
    return this;
  }

  /** The version name; null leaves the attribute out. */
  public BinaryManifest versionName(String name) {
    this.versionName = name;
    return this;
  }

  public BinaryManifest sdk(int min, int target) {
    this.minSdk = min;
    this.targetSdk = target;
    return this;
  }

  /** {@code <uses-permission android:name=…>} children of {@code <manifest>}, in this order. */
  public BinaryManifest permissions(String... names) {
    permissions.addAll(List.of(names));
    return this;
  }

  /**
   * A {@code <uses-permission>} inside {@code <application>}, where the platform ignores it: a
   * reader must not count it.
   */
  public BinaryManifest misplacedPermission(String name) {
    applicationPermissions.add(name);
    return this;
  }

  /** Writes the string pool in UTF-8 (aapt2's choice) rather than UTF-16 (aapt's). */
  public BinaryManifest utf8() {
    this.utf8 = true;
    return this;
  }

  /** The compiled manifest. */
  public byte[] bytes() {
    Strings strings = new Strings();
    // attribute names with resource ids first: the resource map covers a prefix of the pool
    int nameIndex = strings.attribute("name", NAME);
    int versionCodeIndex = strings.attribute("versionCode", VERSION_CODE);
    int versionNameIndex = strings.attribute("versionName", VERSION_NAME);
    int minSdkIndex = strings.attribute("minSdkVersion", MIN_SDK);
    int targetSdkIndex = strings.attribute("targetSdkVersion", TARGET_SDK);
    int majorIndex = strings.attribute("versionCodeMajor", VERSION_CODE_MAJOR);
    int android = strings.index(ANDROID);
    int prefix = strings.index("android");

    ByteArrayOutputStream tree = new ByteArrayOutputStream();
    chunk(tree, 0x0100, namespace(prefix, android));
    List<int[]> manifest = new ArrayList<>();
    manifest.add(
        new int[] {
          -1,
          strings.index("package"),
          strings.index(packageName),
          TYPE_STRING,
          strings.index(packageName)
        });
    manifest.add(intAttribute(android, versionCodeIndex, (int) versionCode));
    if (versionCode > Integer.MAX_VALUE || versionCode < 0) {
      manifest.add(intAttribute(android, majorIndex, (int) (versionCode >>> 32)));
    }
    if (versionName != null) {
      int value = strings.index(versionName);
      manifest.add(new int[] {android, versionNameIndex, value, TYPE_STRING, value});
    }
    startElement(tree, strings.index("manifest"), manifest);
    startElement(
        tree,
        strings.index("uses-sdk"),
        List.of(
            intAttribute(android, minSdkIndex, minSdk),
            intAttribute(android, targetSdkIndex, targetSdk)));
    endElement(tree, strings.index("uses-sdk"));
    for (String permission : permissions) {
      usesPermission(tree, strings, android, nameIndex, permission);
    }
    startElement(tree, strings.index("application"), List.of());
    for (String permission : applicationPermissions) {
      usesPermission(tree, strings, android, nameIndex, permission);
    }
    endElement(tree, strings.index("application"));
    endElement(tree, strings.index("manifest"));
    chunk(tree, 0x0101, namespace(prefix, android));

    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(strings.pool(utf8));
    body.writeBytes(strings.resourceMap());
    body.writeBytes(tree.toByteArray());
    ByteBuffer file = le(8 + body.size());
    file.putShort((short) 0x0003).putShort((short) 8).putInt(8 + body.size());
    file.put(body.toByteArray());
    return file.array();
  }

  private static void usesPermission(
      ByteArrayOutputStream tree, Strings strings, int android, int nameIndex, String permission) {
    int value = strings.index(permission);
    startElement(
        tree,
        strings.index("uses-permission"),
        List.<int[]>of(new int[] {android, nameIndex, value, TYPE_STRING, value}));
    endElement(tree, strings.index("uses-permission"));
  }

  private static int[] intAttribute(int namespace, int name, int value) {
    return new int[] {namespace, name, -1, TYPE_INT_DEC, value};
  }

  private static byte[] namespace(int prefix, int uri) {
    return le(16).putInt(1).putInt(-1).putInt(prefix).putInt(uri).array();
  }

  /** attributes: {namespace, name, raw string, type, data} */
  private static void startElement(ByteArrayOutputStream out, int name, List<int[]> attributes) {
    ByteBuffer body = le(8 + 20 + 20 * attributes.size());
    body.putInt(1).putInt(-1); // line, comment
    body.putInt(-1).putInt(name); // namespace, name
    body.putShort((short) 20).putShort((short) 20).putShort((short) attributes.size());
    body.putShort((short) 0).putShort((short) 0).putShort((short) 0);
    for (int[] a : attributes) {
      body.putInt(a[0]).putInt(a[1]).putInt(a[2]);
      body.putShort((short) 8).put((byte) 0).put((byte) a[3]).putInt(a[4]);
    }
    chunk(out, 0x0102, body.array());
  }

  private static void endElement(ByteArrayOutputStream out, int name) {
    chunk(out, 0x0103, le(16).putInt(1).putInt(-1).putInt(-1).putInt(name).array());
  }

  /** A tree node: an 8-byte chunk header, then line number and comment (its header is 16). */
  private static void chunk(ByteArrayOutputStream out, int type, byte[] body) {
    ByteBuffer header = le(8).putShort((short) type).putShort((short) 16).putInt(8 + body.length);
    out.writeBytes(header.array());
    out.writeBytes(body);
  }

  private static ByteBuffer le(int size) {
    return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
  }

  /** The string pool, attribute names with resource ids first. */
  private static final class Strings {
    private final Map<String, Integer> indexes = new LinkedHashMap<>();
    private final List<Integer> resourceIds = new ArrayList<>();

    int attribute(String name, int resourceId) {
      resourceIds.add(resourceId);
      return index(name);
    }

    int index(String value) {
      return indexes.computeIfAbsent(value, v -> indexes.size());
    }

    byte[] resourceMap() {
      ByteBuffer map = le(8 + 4 * resourceIds.size());
      map.putShort((short) 0x0180).putShort((short) 8).putInt(map.capacity());
      resourceIds.forEach(map::putInt);
      return map.array();
    }

    byte[] pool(boolean utf8) {
      ByteArrayOutputStream data = new ByteArrayOutputStream();
      List<Integer> offsets = new ArrayList<>();
      for (String value : indexes.keySet()) {
        offsets.add(data.size());
        if (utf8) {
          byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
          length8(data, value.length());
          length8(data, bytes.length);
          data.writeBytes(bytes);
          data.write(0);
        } else {
          byte[] chars = value.getBytes(StandardCharsets.UTF_16LE);
          if (value.length() > 0x7fff) {
            data.write(((value.length() >> 16) & 0xff));
            data.write(((value.length() >> 24) & 0x7f) | 0x80);
          }
          data.write(value.length() & 0xff);
          data.write((value.length() >> 8) & 0xff);
          data.writeBytes(chars);
          data.write(0);
          data.write(0);
        }
      }
      while (data.size() % 4 != 0) {
        data.write(0);
      }
      int header = 28;
      int stringsStart = header + 4 * offsets.size();
      ByteBuffer pool = le(stringsStart + data.size());
      pool.putShort((short) 0x0001).putShort((short) header).putInt(pool.capacity());
      pool.putInt(offsets.size()).putInt(0).putInt(utf8 ? 1 << 8 : 0);
      pool.putInt(stringsStart).putInt(0);
      offsets.forEach(pool::putInt);
      pool.put(data.toByteArray());
      return pool.array();
    }

    private static void length8(ByteArrayOutputStream out, int length) {
      if (length > 0x7f) {
        out.write(((length >> 8) & 0x7f) | 0x80);
      }
      out.write(length & 0xff);
    }
  }
}
