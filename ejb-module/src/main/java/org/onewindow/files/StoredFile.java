package org.onewindow.files;

import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * An accepted upload, as the store holds it: the record a service keeps with the app.
 *
 * @param storageName the name the store gave the file, the only handle to read it back
 * @param kind what the file was uploaded as
 * @param format what its magic bytes say it is
 * @param size bytes
 * @param sm3 the SM3 digest of the bytes as unpadded Base64url (003 6.3.2.3 d): the file's
 *     fingerprint for integrity checks and the filing record
 * @param originalName the uploader's file name, cleaned (no folders, no control characters, at most
 *     100 characters); metadata only, empty when none was sent
 * @param storedAt when the file was moved into place
 * @param contents what inspection found inside
 */
public record StoredFile(
    String storageName,
    FileKind kind,
    FileFormat format,
    long size,
    String sm3,
    String originalName,
    Instant storedAt,
    FileContents contents) {

  /** The SM3 digest as 64 lower-case hex digits, as most tools print it. */
  public String sm3Hex() {
    return HexFormat.of().formatHex(Base64.getUrlDecoder().decode(sm3));
  }
}
