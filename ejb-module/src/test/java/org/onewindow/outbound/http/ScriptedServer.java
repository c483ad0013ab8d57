package org.onewindow.outbound.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A raw TCP server on 127.0.0.1 that answers each connection by a script, for the framings and
 * failures a well-behaved HTTP server never produces. Records every request head it reads.
 */
final class ScriptedServer implements AutoCloseable {

  /** What to do with one accepted connection. */
  @FunctionalInterface
  interface Script {
    void run(Socket socket, ScriptedServer server) throws IOException;
  }

  private final ServerSocket socket;
  private final AtomicInteger accepted = new AtomicInteger();
  private final List<String> heads = new CopyOnWriteArrayList<>();
  private final Thread acceptor;

  ScriptedServer(Script script) throws IOException {
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    acceptor =
        new Thread(
            () -> {
              while (!socket.isClosed()) {
                try {
                  Socket connection = socket.accept();
                  accepted.incrementAndGet();
                  Thread handler =
                      new Thread(
                          () -> {
                            try (connection) {
                              script.run(connection, this);
                            } catch (IOException e) {
                              // the client went away: the script is over
                            }
                          });
                  handler.setDaemon(true);
                  handler.start();
                } catch (IOException e) {
                  return; // closed
                }
              }
            });
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /**
   * A server that answers the first request of each connection with {@code answer}, then closes.
   */
  static ScriptedServer answeringOnce(String answer) throws IOException {
    return new ScriptedServer(
        (socket, server) -> {
          server.readRequest(socket.getInputStream());
          write(socket, answer);
        });
  }

  /**
   * A server that sends the head and the first bytes of a body (1000 bytes, under any cap here) at
   * once, then one more byte now and then — each well within any read timeout — and never the end,
   * until {@code done}.
   */
  static ScriptedServer trickling(CountDownLatch done) throws IOException {
    return new ScriptedServer(
        (socket, server) -> {
          server.readRequest(socket.getInputStream());
          write(socket, "HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\nstart");
          try {
            while (!done.await(50, TimeUnit.MILLISECONDS)) {
              write(socket, "x");
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
  }

  int port() {
    return socket.getLocalPort();
  }

  int accepted() {
    return accepted.get();
  }

  List<String> heads() {
    return heads;
  }

  /** Reads one request head and, by its Content-Length, its body; null when the client closed. */
  String readRequest(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) >= 0) {
      head.write(b);
      byte[] bytes = head.toByteArray();
      int n = bytes.length;
      if (n >= 4
          && bytes[n - 4] == '\r'
          && bytes[n - 3] == '\n'
          && bytes[n - 2] == '\r'
          && bytes[n - 1] == '\n') {
        String text = head.toString(StandardCharsets.UTF_8);
        for (String line : text.split("\r\n")) {
          if (line.toLowerCase().startsWith("content-length:")) {
            in.readNBytes(Integer.parseInt(line.substring(15).strip()));
          }
        }
        heads.add(text);
        return text;
      }
    }
    return null;
  }

  static void write(Socket socket, String text) throws IOException {
    socket.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
    socket.getOutputStream().flush();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
