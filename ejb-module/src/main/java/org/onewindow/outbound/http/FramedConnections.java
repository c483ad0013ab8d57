package org.onewindow.outbound.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.hc.client5.http.impl.io.DefaultManagedHttpClientConnection;
import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.apache.hc.core5.http.ContentLengthStrategy;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.impl.io.DefaultClassicHttpResponseFactory;
import org.apache.hc.core5.http.impl.io.DefaultHttpResponseParserFactory;
import org.apache.hc.core5.http.io.HttpConnectionFactory;
import org.apache.hc.core5.http.io.SessionInputBuffer;

/**
 * The classic client's connections: HttpClient's own, with a strict response parser (no garbage
 * lines skipped before the status line, no header line starting with white space, bounded lines and
 * field counts) and one more rule for keeping a connection: when a body ends where its framing said
 * (Content-Length or the last chunk) and bytes are already waiting behind it, the two sides
 * disagree about where the answer ended, and the next answer on this connection could not be
 * trusted — it is closed, not kept.
 */
final class FramedConnections implements HttpConnectionFactory<ManagedHttpClientConnection> {

  /** A line of the response head, and the number of its fields, at most (as before). */
  static final int MAX_LINE = 16 * 1024;

  static final int MAX_FIELDS = 200;

  static final Http1Config HTTP1 =
      Http1Config.custom()
          .setMaxLineLength(MAX_LINE)
          // HttpClient refuses when the count reaches the limit: 200 fields pass, 201 do not.
          .setMaxHeaderCount(MAX_FIELDS + 1)
          // An empty line where the status line belongs is not HTTP either.
          .setMaxEmptyLineCount(1)
          .build();

  private static final AtomicLong COUNTER = new AtomicLong();

  private final DefaultHttpResponseParserFactory parsers =
      new DefaultHttpResponseParserFactory(
          HTTP1, StrictHeaderLines.INSTANCE, DefaultClassicHttpResponseFactory.INSTANCE);

  @Override
  public ManagedHttpClientConnection createConnection(Socket socket) throws IOException {
    FramedConnection connection =
        new FramedConnection("outbound-" + COUNTER.getAndIncrement(), parsers);
    if (socket != null) {
      connection.bind(socket);
    }
    return connection;
  }

  /** A connection that stops being reusable when bytes arrive past a framed body's end. */
  static final class FramedConnection extends DefaultManagedHttpClientConnection {

    private volatile boolean overrun;

    FramedConnection(String id, DefaultHttpResponseParserFactory parsers) {
      super(id, null, null, HTTP1, null, null, null, null, parsers);
    }

    @Override
    protected InputStream createContentInputStream(
        long length, SessionInputBuffer buffer, InputStream socketInput) {
      InputStream body = super.createContentInputStream(length, buffer, socketInput);
      // Content-Length or chunked; a body that ends with the connection is never kept anyway.
      return length >= 0 || length == ContentLengthStrategy.CHUNKED
          ? new EndCheck(body, buffer, socketInput)
          : body;
    }

    @Override
    public boolean isConsistent() {
      return !overrun && super.isConsistent();
    }

    /** The body's stream, looking once, at its end, for bytes that belong to no answer. */
    private final class EndCheck extends FilterInputStream {
      private final SessionInputBuffer buffer;
      private final InputStream socketInput;
      private boolean checked;

      EndCheck(InputStream body, SessionInputBuffer buffer, InputStream socketInput) {
        super(body);
        this.buffer = buffer;
        this.socketInput = socketInput;
      }

      @Override
      public int read() throws IOException {
        return atEnd(super.read());
      }

      @Override
      public int read(byte[] bytes, int offset, int length) throws IOException {
        return atEnd(super.read(bytes, offset, length));
      }

      private int atEnd(int read) throws IOException {
        if (read < 0 && !checked) {
          checked = true;
          // Already read into the buffer, or waiting in the socket: never blocks.
          overrun = buffer.length() > 0 || socketInput.available() > 0;
        }
        return read;
      }
    }
  }
}
