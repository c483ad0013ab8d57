package org.onewindow.filing.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onewindow.common.InvalidInputException;
import org.onewindow.filing.infrastructure.BinaryXml.Element;
import org.onewindow.filing.testing.BinaryManifest;

/**
 * The binary-XML reader against well-formed and hostile input: bad offsets, huge counts, truncated
 * files and flipped bytes end in {@link MalformedPackageException} or a reading, never in another
 * exception, an out-of-memory error or a hang.
 */
class BinaryXmlTest {

  private static final byte[] MANIFEST =
      BinaryManifest.of("gov.example.app")
          .versionName("2.0")
          .permissions("android.permission.INTERNET")
          .bytes();

  @Test
  void readsTheElementsTheirDepthAndAttributes() throws MalformedPackageException {
    List<Element> elements = BinaryXml.elements(MANIFEST);

    assertEquals(
        List.of("manifest", "uses-sdk", "uses-permission", "application"),
        elements.stream().map(Element::name).toList());
    assertEquals(List.of(1, 2, 2, 2), elements.stream().map(Element::depth).toList());
    assertEquals("gov.example.app", elements.get(0).plain("package").text());
    assertEquals("2.0", elements.get(0).android(0x0101021c, "versionName").text());
    assertEquals("android.permission.INTERNET", elements.get(2).android(0x01010003, "name").text());
  }

  @Test
  void aHugeStringCountIsRefused() {
    assertMalformed(patched(BinaryManifest.STRING_POOL_OFFSET + 8, 0x7fffffff));
  }

  @Test
  void stringsStartingPastTheirPoolAreRefused() {
    assertMalformed(patched(BinaryManifest.STRING_POOL_OFFSET + 20, 0x7ffffff0));
  }

  @Test
  void aChunkLargerThanTheFileIsRefused() {
    assertMalformed(patched(BinaryManifest.STRING_POOL_OFFSET + 4, 0x7fffffff));
    assertMalformed(patched(4, MANIFEST.length + 1));
  }

  @Test
  void aStringOffsetPastThePoolIsRefused() {
    // the first string's offset (right after the 28-byte pool header)
    assertMalformed(patched(BinaryManifest.STRING_POOL_OFFSET + 28, 0x00fffff0));
  }

  @Test
  void notBinaryXmlIsRefused() {
    assertMalformed(new byte[0]);
    assertMalformed("<manifest package=\"x\"/>".getBytes());
    assertMalformed(Arrays.copyOf(MANIFEST, 8));
  }

  @Test
  void everyTruncationEndsCleanly() {
    for (int length = 0; length < MANIFEST.length; length++) {
      byte[] truncated = Arrays.copyOf(MANIFEST, length);
      // keep the header's size honest so the reader walks into the cut, not just refuses it
      if (length >= 8) {
        ByteBuffer.wrap(truncated).order(ByteOrder.LITTLE_ENDIAN).putInt(4, length);
      }
      readsOrRefuses(truncated);
    }
  }

  @Test
  void everyByteSetToExtremesEndsCleanly() {
    for (int at = 0; at < MANIFEST.length; at++) {
      for (byte value : new byte[] {(byte) 0xff, 0x00, (byte) 0x80, 0x7f}) {
        byte[] hostile = MANIFEST.clone();
        hostile[at] = value;
        readsOrRefuses(hostile);
      }
    }
  }

  /** apksig parses the same bytes first (identity, SDK levels): its failures become refusals. */
  @Test
  void theManifestReaderWithApksigEndsCleanlyToo() {
    for (int at = 0; at < MANIFEST.length; at++) {
      byte[] hostile = MANIFEST.clone();
      hostile[at] = (byte) 0xff;
      try {
        AndroidPackageReader.manifest(hostile);
      } catch (InvalidInputException refused) {
        assertEquals("filing.package.manifestUnreadable", refused.text().orElseThrow().key());
      }
    }
  }

  @Test
  void aManifestReaderRefusesTheSameBytesWithItsMessage() {
    Refusals.assertRefused(
        "manifestUnreadable",
        () -> AndroidPackageReader.manifest(patched(BinaryManifest.STRING_POOL_OFFSET + 8, -1)));
  }

  private static byte[] patched(int offset, int value) {
    byte[] bytes = MANIFEST.clone();
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(offset, value);
    return bytes;
  }

  private static void assertMalformed(byte[] bytes) {
    assertThrows(MalformedPackageException.class, () -> BinaryXml.elements(bytes));
  }

  private static void readsOrRefuses(byte[] bytes) {
    try {
      BinaryXml.elements(bytes);
    } catch (MalformedPackageException expected) {
      // refused cleanly
    } catch (RuntimeException e) {
      fail("an exception other than a refusal: " + e, e);
    }
  }
}
