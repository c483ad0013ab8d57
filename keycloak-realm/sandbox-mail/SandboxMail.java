import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * SANDBOX — not a mail server. Where the realm's mail goes when no real SMTP relay is configured
 * (realm {@code smtpServer}: {@code ONEWINDOW_SMTP_HOST} / {@code ONEWINDOW_SMTP_PORT}): password
 * recovery and e-mail verification links of the embedded run (`ear/onewindow run` starts it) and of
 * the integration tests, which read what it keeps. It listens on loopback only, relays nothing and
 * writes each message it receives to its folder as {@code <millis>-<n>.eml}, the envelope's
 * recipients in a first header {@code X-Sandbox-Envelope-To}. It speaks just enough SMTP (RFC 5321:
 * HELO/EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT) for Keycloak's Jakarta Mail, without TLS or
 * authentication; a message above 10 MiB is refused (552) rather than filling the disk.
 *
 * <p>A single-file program: {@code java SandboxMail.java PORT FOLDER}.
 */
public final class SandboxMail {

  private static final int MAX_MESSAGE_CHARS = 10 * 1024 * 1024;

  private final ServerSocket server;
  private final Path folder;
  private final AtomicLong received = new AtomicLong();

  private SandboxMail(int port, Path folder) throws IOException {
    this.server = new ServerSocket(port, 10, InetAddress.getLoopbackAddress());
    this.folder = Files.createDirectories(folder);
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: java SandboxMail.java PORT FOLDER");
      System.exit(2);
    }
    SandboxMail sandbox = new SandboxMail(Integer.parseInt(args[0]), Path.of(args[1]));
    System.out.println(
        "sandbox-mail: SANDBOX SMTP on 127.0.0.1:" + args[0] + ", keeping mail in " + args[1]);
    sandbox.serve();
  }

  private void serve() {
    while (!server.isClosed()) {
      try (Socket socket = server.accept()) {
        socket.setSoTimeout(60_000);
        converse(socket);
      } catch (IOException e) {
        // one client went away or stalled: take the next
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
        case "MAIL", "RSET" -> {
          recipients = new ArrayList<>();
          reply(out, "250 OK");
        }
        case "RCPT" -> {
          recipients.add(line.substring(line.indexOf(':') + 1).strip());
          reply(out, "250 OK");
        }
        case "DATA" -> {
          reply(out, "354 End data with <CR><LF>.<CR><LF>");
          reply(out, keep(recipients, in));
        }
        case "QUIT" -> {
          reply(out, "221 Bye");
          return;
        }
        default -> reply(out, "250 OK");
      }
    }
  }

  /** Reads one message up to the lone dot and keeps it, unless it is too large. */
  private String keep(List<String> recipients, BufferedReader in) throws IOException {
    StringBuilder raw = new StringBuilder();
    raw.append("X-Sandbox-Envelope-To: ").append(String.join(", ", recipients)).append("\r\n");
    boolean tooLarge = false;
    String data;
    while ((data = in.readLine()) != null && !data.equals(".")) {
      if (raw.length() + data.length() > MAX_MESSAGE_CHARS) {
        tooLarge = true;
      } else {
        raw.append(data.startsWith("..") ? data.substring(1) : data).append("\r\n");
      }
    }
    if (tooLarge) {
      return "552 Message too large for the sandbox";
    }
    String name = System.currentTimeMillis() + "-" + received.incrementAndGet() + ".eml";
    // Written aside and moved in, so a reader never sees half a message.
    Path partial = folder.resolve(name + ".part");
    Files.writeString(partial, raw, StandardCharsets.UTF_8);
    Files.move(partial, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    return "250 OK: kept in the sandbox";
  }

  private static void reply(OutputStream out, String line) throws IOException {
    out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }
}
