package org.onewindow.outbound.http;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;

/**
 * One open connection to one pinned address, used by one exchange at a time. Every read is bounded
 * by the current exchange's deadline: the socket's read timeout is set to what is left of it before
 * each read, so a server that trickles a byte at a time still cannot hold the caller past it.
 */
final class Connection implements AutoCloseable {

  private static final int BUFFER = 8192;

  private final String key;
  private final Socket socket;
  private final BufferedInputStream in;
  private final OutputStream out;
  private long deadlineNanos;
  private long idleUntilNanos;
  private boolean used;

  Connection(String key, Socket socket) throws IOException {
    this.key = key;
    this.socket = socket;
    this.in = new BufferedInputStream(new DeadlineInput(socket.getInputStream()), BUFFER);
    this.out = new BufferedOutputStream(socket.getOutputStream(), BUFFER);
  }

  String key() {
    return key;
  }

  /** Starts an exchange on this connection; returns whether it served an earlier one. */
  boolean begin(long deadlineNanos) {
    this.deadlineNanos = deadlineNanos;
    boolean reused = used;
    used = true;
    return reused;
  }

  InputStream in() {
    return in;
  }

  OutputStream out() {
    return out;
  }

  Socket socket() {
    return socket;
  }

  /** Put aside idle until {@code idleUntilNanos}; after that it is closed, not reused. */
  void idleUntil(long idleUntilNanos) {
    this.idleUntilNanos = idleUntilNanos;
  }

  boolean expired(long nowNanos) {
    return nowNanos - idleUntilNanos >= 0;
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      // Closing only gives the socket back; there is nothing to report.
    }
  }

  /** The socket's stream with the exchange's deadline applied to every read. */
  private final class DeadlineInput extends FilterInputStream {

    DeadlineInput(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      armTimeout();
      return super.read();
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      armTimeout();
      return super.read(buffer, offset, length);
    }

    private void armTimeout() throws IOException {
      long remaining = deadlineNanos - System.nanoTime();
      if (remaining <= 0) {
        throw new SocketTimeoutException("deadline passed");
      }
      // 0 would mean "no timeout": round up to at least one millisecond.
      socket.setSoTimeout(
          (int) Math.max(1, Math.min(Integer.MAX_VALUE, (remaining + 999_999) / 1_000_000)));
    }
  }
}
