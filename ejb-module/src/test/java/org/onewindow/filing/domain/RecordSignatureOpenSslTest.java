package org.onewindow.filing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.crypto.sm2.Sm2Keys;

/**
 * The OpenSSL commands of docs/wire-formats.md §5 ({@code ```filing-record-openssl}), run as they
 * stand there, one by one, on a record the Java code signed: what the document promises an outside
 * verifier holds. Skipped where no {@code openssl} is on the PATH.
 */
class RecordSignatureOpenSslTest {

  private static final Sm2Keys.Pair KEY = Sm2Keys.generate();

  @TempDir Path directory;

  @BeforeAll
  static void needsOpenSsl() {
    assumeTrue(onPath("openssl"), "no openssl on the PATH");
  }

  @Test
  void eachDocumentedCommandVerifiesARecordTheJavaCodeSigned() throws Exception {
    write(RecordSignature.canonicalBytes(RecordSignatureTest.demo()));
    for (String command : commands()) {
      Run run = run(command);
      assertEquals(0, run.exit(), command + "\n" + run.output());
      assertTrue(run.output().contains("Verif"), run.output());
    }
  }

  @Test
  void eachDocumentedCommandRefusesTheRecordWithOneByteChanged() throws Exception {
    byte[] canonical = RecordSignature.canonicalBytes(RecordSignatureTest.demo());
    write(canonical);
    byte[] changed = canonical.clone();
    changed[canonical.length - 2] ^= 0x01; // the key id's last character
    Files.write(directory.resolve("record.txt"), changed);
    for (String command : commands()) {
      Run run = run(command);
      assertNotEquals(0, run.exit(), command + "\n" + run.output());
    }
  }

  private void write(byte[] canonical) throws IOException {
    Files.write(directory.resolve("record.txt"), canonical);
    Files.writeString(directory.resolve("pub.pem"), KEY.publicKey().toPem());
    Files.write(
        directory.resolve("sig.der"),
        RecordSignature.sign(KEY.privateKey(), RecordSignatureTest.demo()));
  }

  private static List<String> commands() throws IOException {
    List<String> commands =
        RecordSignatureDocumentTest.block("filing-record-openssl").lines().toList();
    assertEquals(2, commands.size(), "the document shows two commands");
    return commands;
  }

  private record Run(int exit, String output) {}

  private Run run(String command) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder("sh", "-c", command)
            .directory(directory.toFile())
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(30, TimeUnit.SECONDS), "openssl did not finish");
    return new Run(process.exitValue(), output);
  }

  private static boolean onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }
}
