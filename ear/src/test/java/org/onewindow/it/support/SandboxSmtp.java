package org.onewindow.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The bundled SANDBOX SMTP ({@code keycloak-realm/sandbox-mail/SandboxMail.java}, the one the run
 * command starts) run for a test on the port the suite's Keycloak sends its mail to (realm {@code
 * smtpServer}: {@code ONEWINDOW_SMTP_PORT}, which the suite sets to {@code it.smtp.port}), in a
 * folder of its own; the test reads the messages it kept there.
 */
public final class SandboxSmtp implements AutoCloseable {

  /** The port the suite's Keycloak sends mail to. */
  public static final int PORT = Integer.getInteger("it.smtp.port", 2525);

  /** One mail as received: the envelope's recipients and the raw message. */
  public record Mail(List<String> recipients, String raw) {

    /** The text of every part, transfer encodings (base64, quoted-printable) undone. */
    public String decodedText() {
      StringBuilder text = new StringBuilder();
      for (String part : raw.split("\r?\n--")) {
        int blank = part.indexOf("\n\n");
        int crlf = part.indexOf("\r\n\r\n");
        int split = crlf >= 0 && (blank < 0 || crlf < blank) ? crlf + 4 : blank + 2;
        if (blank < 0 && crlf < 0) {
          continue;
        }
        String headers = part.substring(0, split).toLowerCase();
        String body = part.substring(split);
        if (headers.contains("content-transfer-encoding: base64")) {
          String compact = body.replaceAll("[^A-Za-z0-9+/=]", "");
          try {
            text.append(new String(Base64.getDecoder().decode(compact), StandardCharsets.UTF_8));
          } catch (IllegalArgumentException e) {
            text.append(body);
          }
        } else if (headers.contains("content-transfer-encoding: quoted-printable")) {
          text.append(quotedPrintable(body));
        } else {
          text.append(body);
        }
        text.append('\n');
      }
      return text.toString();
    }

    /** The first link in the mail whose address contains {@code marker}, HTML entities undone. */
    public String link(String marker) {
      Matcher link = Pattern.compile("https?://[^\\s\"'<>]+").matcher(decodedText());
      while (link.find()) {
        if (link.group().contains(marker)) {
          return link.group().replace("&amp;", "&");
        }
      }
      throw new IllegalStateException("no link with " + marker + " in the mail");
    }

    private static String quotedPrintable(String body) {
      String joined = body.replaceAll("=\r?\n", "");
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      for (int i = 0; i < joined.length(); i++) {
        char c = joined.charAt(i);
        if (c == '=' && i + 2 < joined.length()) {
          bytes.write(Integer.parseInt(joined.substring(i + 1, i + 3), 16));
          i += 2;
        } else {
          bytes.write(c);
        }
      }
      return bytes.toString(StandardCharsets.UTF_8);
    }
  }

  /** The sandbox the run command starts too: a single-file program beside the realm. */
  private static final Path PROGRAM =
      Path.of("..", "keycloak-realm", "sandbox-mail", "SandboxMail.java").toAbsolutePath();

  private final Path folder;
  private final Process process;

  public SandboxSmtp() throws IOException {
    folder = Files.createTempDirectory("onewindow-sandbox-mail");
    String java = ProcessHandle.current().info().command().orElse("java");
    process =
        new ProcessBuilder(java, PROGRAM.toString(), String.valueOf(PORT), folder.toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    Poll.until(
        Duration.ofSeconds(60),
        SandboxSmtp::listening,
        Boolean::booleanValue,
        "the SANDBOX SMTP did not listen on " + PORT);
  }

  private static boolean listening() {
    try (Socket probe = new Socket(InetAddress.getLoopbackAddress(), PORT)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** What has arrived so far, oldest first. */
  public List<Mail> mails() {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".eml"))
          .sorted(Comparator.comparing(SandboxSmtp::arrival))
          .map(SandboxSmtp::read)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The mails sent to {@code address}. */
  public List<Mail> to(String address) {
    return mails().stream()
        .filter(m -> m.recipients().stream().anyMatch(r -> r.contains(address)))
        .toList();
  }

  private static long arrival(Path file) {
    return Long.parseLong(file.getFileName().toString().split("[-.]")[0]);
  }

  /** A kept message: its first header names the envelope's recipients. */
  private static Mail read(Path file) {
    try {
      String kept = Files.readString(file, StandardCharsets.UTF_8);
      int firstLineEnd = kept.indexOf("\r\n");
      String envelope = kept.substring(0, firstLineEnd).replace("X-Sandbox-Envelope-To:", "");
      List<String> recipients =
          Arrays.stream(envelope.split(",")).map(String::strip).filter(r -> !r.isEmpty()).toList();
      return new Mail(recipients, kept.substring(firstLineEnd + 2));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    process.destroy();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.toList()) {
        Files.deleteIfExists(file);
      }
    }
    Files.deleteIfExists(folder);
  }
}
