package org.onewindow.it.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SANDBOX — tests only. A tiny SMTP server on loopback that keeps what it receives, where the test
 * Keycloak's realm sends its mail (realm {@code smtpServer}: {@code ONEWINDOW_SMTP_HOST} / {@code
 * ONEWINDOW_SMTP_PORT}, which the suite sets to {@code it.smtp.port}). Nothing is relayed; it
 * speaks just enough SMTP (RFC 5321: HELO/EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT) for Jakarta
 * Mail, without TLS or authentication.
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

  private final ServerSocket server;
  private final List<Mail> mails = new CopyOnWriteArrayList<>();
  private final Thread acceptor;

  public SandboxSmtp() throws IOException {
    server = new ServerSocket(PORT, 10, InetAddress.getLoopbackAddress());
    acceptor = new Thread(this::accept, "sandbox-smtp");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** What has arrived so far. */
  public List<Mail> mails() {
    return List.copyOf(mails);
  }

  /** The mails sent to {@code address}. */
  public List<Mail> to(String address) {
    return mails.stream()
        .filter(m -> m.recipients().stream().anyMatch(r -> r.contains(address)))
        .toList();
  }

  private void accept() {
    while (!server.isClosed()) {
      try (Socket socket = server.accept()) {
        converse(socket);
      } catch (IOException e) {
        // the server was closed, or one client went away: take the next
      }
    }
  }

  private void converse(Socket socket) throws IOException {
    BufferedReader in =
        new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
    OutputStream out = socket.getOutputStream();
    reply(out, "220 sandbox.onewindow.local SANDBOX SMTP");
    List<String> recipients = new ArrayList<>();
    String line;
    while ((line = in.readLine()) != null) {
      String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
      switch (command) {
        case "EHLO", "HELO" -> reply(out, "250 sandbox.onewindow.local");
        case "MAIL" -> {
          recipients = new ArrayList<>();
          reply(out, "250 OK");
        }
        case "RCPT" -> {
          recipients.add(line.substring(line.indexOf(':') + 1).strip());
          reply(out, "250 OK");
        }
        case "DATA" -> {
          reply(out, "354 End data with <CR><LF>.<CR><LF>");
          StringBuilder raw = new StringBuilder();
          String data;
          while ((data = in.readLine()) != null && !data.equals(".")) {
            raw.append(data.startsWith("..") ? data.substring(1) : data).append("\r\n");
          }
          mails.add(new Mail(List.copyOf(recipients), raw.toString()));
          reply(out, "250 OK: kept in the sandbox");
        }
        case "QUIT" -> {
          reply(out, "221 Bye");
          return;
        }
        default -> reply(out, "250 OK");
      }
    }
  }

  private static void reply(OutputStream out, String line) throws IOException {
    out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
