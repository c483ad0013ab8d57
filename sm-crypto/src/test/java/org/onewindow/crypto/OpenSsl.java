package org.onewindow.crypto;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Debian's OpenSSL 3 command line, an implementation no one here wrote, for interoperability tests.
 * Where it is missing or lacks the SM algorithms, the calling test is skipped with a message.
 */
public final class OpenSsl {

  private static final boolean AVAILABLE = probe();

  private OpenSsl() {}

  /** Skips the calling test, with the reason, unless openssl with SM2/SM3/SM4 is at hand. */
  public static void assumeAvailable() {
    assumeTrue(AVAILABLE, "openssl with SM2/SM3/SM4 not found: OpenSSL interop skipped");
  }

  /** Runs {@code openssl args...} with {@code stdin}; returns its standard output. */
  public static byte[] run(byte[] stdin, String... args) {
    List<String> command = new ArrayList<>();
    command.add("openssl");
    command.addAll(List.of(args));
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
      process.getOutputStream().write(stdin);
      process.getOutputStream().close();
      byte[] out = process.getInputStream().readAllBytes();
      String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      int exit = process.waitFor();
      if (exit != 0) {
        throw new IllegalStateException("openssl " + String.join(" ", args) + " failed: " + err);
      }
      return out;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Runs openssl and returns its standard output as trimmed text. */
  public static String text(byte[] stdin, String... args) {
    return new String(run(stdin, args), StandardCharsets.UTF_8).strip();
  }

  /** Writes bytes to a new file in {@code dir} and returns its path as a string. */
  public static String file(Path dir, String name, byte[] content) {
    try {
      return Files.write(dir.resolve(name), content).toString();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean probe() {
    try {
      String digests = text(new byte[0], "list", "-digest-algorithms");
      String keys = text(new byte[0], "list", "-public-key-algorithms");
      String ciphers = text(new byte[0], "list", "-cipher-algorithms");
      return digests.contains("SM3") && keys.contains("SM2") && ciphers.contains("SM4");
    } catch (RuntimeException e) {
      return false;
    }
  }
}
