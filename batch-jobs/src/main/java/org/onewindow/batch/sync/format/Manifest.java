package org.onewindow.batch.sync.format;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A batch file's manifest {@code <file name>.manifest.json} (docs/wire-formats.md §8.2): {@code
 * {"file": name, "records": n, "sm3": digest, "encoding": "UTF-8"|"GBK"}}. The digest is SM3 over
 * the file's bytes exactly as stored, written as 64 lower-case hex digits; a reader accepts hex in
 * either case or unpadded Base64url (43 characters). {@code encoding} may be absent: then the
 * reader detects it. The manifest is written last (after the file, atomically): a data file without
 * one is not ready.
 *
 * @param file the data file's name, without directories
 * @param records how many records it holds
 * @param sm3 its digest as written (hex or Base64url)
 * @param encoding its text encoding, or null when not declared
 */
public record Manifest(String file, long records, String sm3, String encoding) {

  public static final String SUFFIX = ".manifest.json";

  /** The manifest's path for a data file. */
  public static Path of(Path dataFile) {
    return dataFile.resolveSibling(dataFile.getFileName() + SUFFIX);
  }

  /**
   * Reads a manifest.
   *
   * @throws IOException when it cannot be read or is not a manifest
   */
  public static Manifest read(Path manifest) throws IOException {
    try (InputStream in = Files.newInputStream(manifest);
        JsonReader reader = Json.createReader(in)) {
      JsonObject json = reader.readObject();
      String file = json.getString("file");
      long records = json.getJsonNumber("records").longValueExact();
      String sm3 = json.getString("sm3");
      String encoding = json.containsKey("encoding") ? json.getString("encoding", null) : null;
      if (records < 0) {
        throw new IOException("a negative record count");
      }
      return new Manifest(file, records, sm3, encoding);
    } catch (JsonException | ClassCastException | NullPointerException | ArithmeticException e) {
      throw new IOException("not a manifest: " + e.getMessage(), e);
    }
  }

  /** The manifest as written (UTF-8 JSON, one line). */
  public String toJson() {
    var json = Json.createObjectBuilder().add("file", file).add("records", records).add("sm3", sm3);
    if (encoding != null) {
      json.add("encoding", encoding);
    }
    return json.build().toString();
  }

  public byte[] bytes() {
    return toJson().getBytes(StandardCharsets.UTF_8);
  }

  /** Whether a digest equals the declared one, in either written form. */
  public boolean matches(byte[] digest) {
    return declaredDigest().map(declared -> Arrays.equals(declared, digest)).orElse(false);
  }

  private Optional<byte[]> declaredDigest() {
    String text = sm3 == null ? "" : sm3.strip();
    try {
      if (text.length() == 64) {
        return Optional.of(HexFormat.of().parseHex(text.toLowerCase(java.util.Locale.ROOT)));
      }
      if (text.length() == 43) {
        return Optional.of(Base64.getUrlDecoder().decode(text));
      }
    } catch (IllegalArgumentException notThatForm) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** The declared charset, if any (UTF-8, GBK or any name the JDK knows). */
  public Optional<Charset> charset() {
    if (encoding == null || encoding.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(Charset.forName(encoding.strip()));
  }
}
