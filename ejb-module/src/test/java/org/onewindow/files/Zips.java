package org.onewindow.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Zip packages built in memory for the tests, good and hostile. */
final class Zips {

  private Zips() {}

  /** Entries in order, deflated; a name ending in {@code /} is a directory. */
  static byte[] zip(Map<String, byte[]> entries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** Names with small text contents (the name itself); names ending in {@code /} are folders. */
  static byte[] zip(String... names) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    for (String name : names) {
      entries.put(name, name.endsWith("/") ? new byte[0] : text(name));
    }
    return zip(entries);
  }

  static byte[] h5() {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("index.html", text("<!doctype html><title>办事</title><script src=app.js></script>"));
    entries.put("app.js", text("lightAppJssdk.user.getTicket({success: function (d) {}});"));
    entries.put("css/", new byte[0]);
    entries.put("css/app.css", text("body { margin: 0 }"));
    return zip(entries);
  }

  /** The least an APK needs, with a stored (uncompressed) resources table as real APKs have. */
  static byte[] apk() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("AndroidManifest.xml"));
      zip.write(new byte[] {3, 0, 8, 0, 0x10, 0, 0, 0});
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("classes.dex"));
      zip.write("dex\n035\0".getBytes(StandardCharsets.US_ASCII));
      zip.closeEntry();
      byte[] arsc = {2, 0, 12, 0, 0, 0, 0, 0};
      ZipEntry stored = new ZipEntry("resources.arsc");
      stored.setMethod(ZipEntry.STORED);
      stored.setSize(arsc.length);
      CRC32 crc = new CRC32();
      crc.update(arsc);
      stored.setCrc(crc.getValue());
      zip.putNextEntry(stored);
      zip.write(arsc);
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** One entry of {@code size} zero bytes: deflates about a thousand to one. */
  static byte[] zeros(String name, int size) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("index.html", text("<!doctype html>"));
    entries.put(name, new byte[size]);
    return zip(entries);
  }

  /** Replaces every occurrence of {@code from} by {@code to} (same length) in the raw bytes. */
  static byte[] patch(byte[] zip, String from, String to) {
    byte[] a = from.getBytes(StandardCharsets.UTF_8);
    byte[] b = to.getBytes(StandardCharsets.UTF_8);
    if (a.length != b.length) {
      throw new IllegalArgumentException("patch must keep the length");
    }
    byte[] out = zip.clone();
    int found = 0;
    for (int i = 0; i + a.length <= out.length; i++) {
      if (java.util.Arrays.equals(out, i, i + a.length, a, 0, a.length)) {
        System.arraycopy(b, 0, out, i, b.length);
        found++;
      }
    }
    if (found == 0) {
      throw new IllegalArgumentException("not found: " + from);
    }
    return out;
  }

  /** Replaces the bytes of {@code from} everywhere by {@code to}, which has the same length. */
  static byte[] patch(byte[] zip, String from, byte[] to) {
    return patch(
        zip, from, new String(to, StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1);
  }

  private static byte[] patch(
      byte[] zip, String from, String to, java.nio.charset.Charset charset) {
    byte[] a = from.getBytes(charset);
    byte[] b = to.getBytes(charset);
    byte[] out = zip.clone();
    for (int i = 0; i + a.length <= out.length; i++) {
      if (java.util.Arrays.equals(out, i, i + a.length, a, 0, a.length)) {
        System.arraycopy(b, 0, out, i, b.length);
      }
    }
    return out;
  }

  /** Like {@link #patch} but only in the central directory (after its first header). */
  static byte[] patchCentral(byte[] zip, String from, String to) {
    int central = indexOf(zip, new byte[] {'P', 'K', 1, 2});
    byte[] head = java.util.Arrays.copyOf(zip, central);
    byte[] tail = patch(java.util.Arrays.copyOfRange(zip, central, zip.length), from, to);
    byte[] out = new byte[zip.length];
    System.arraycopy(head, 0, out, 0, head.length);
    System.arraycopy(tail, 0, out, central, tail.length);
    return out;
  }

  /**
   * Sets the “encrypted” flag (bit 0) on every local header and, when {@code central}, on every
   * central header too.
   */
  static byte[] encrypted(byte[] zip, boolean central) {
    byte[] out = zip.clone();
    for (int i = 0; i + 4 <= out.length; i++) {
      if (out[i] == 'P' && out[i + 1] == 'K' && out[i + 2] == 3 && out[i + 3] == 4) {
        out[i + 6] |= 1;
      } else if (central
          && out[i] == 'P'
          && out[i + 1] == 'K'
          && out[i + 2] == 1
          && out[i + 3] == 2) {
        out[i + 8] |= 1;
      }
    }
    return out;
  }

  /**
   * Writes {@code size} into the uncompressed-size field of every central header: a size claim the
   * inspector must not believe.
   */
  static byte[] claimSize(byte[] zip, int size) {
    byte[] out = zip.clone();
    for (int i = indexOf(out, new byte[] {'P', 'K', 1, 2}); i + 4 <= out.length; i++) {
      if (out[i] == 'P' && out[i + 1] == 'K' && out[i + 2] == 1 && out[i + 3] == 2) {
        for (int k = 0; k < 4; k++) {
          out[i + 24 + k] = (byte) (size >>> (8 * k));
        }
      }
    }
    return out;
  }

  static byte[] text(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static int indexOf(byte[] data, byte[] what) {
    for (int i = 0; i + what.length <= data.length; i++) {
      if (java.util.Arrays.equals(data, i, i + what.length, what, 0, what.length)) {
        return i;
      }
    }
    throw new IllegalArgumentException("not found");
  }
}
