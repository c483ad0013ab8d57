package org.onewindow.outbound.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.onewindow.outbound.http.ExchangeFailure.Kind;

/**
 * Reads one HTTP/1.x response (RFC 9112): the status line, the header fields, and the body as its
 * framing says — none for 1xx, 204 and 304; chunked when Transfer-Encoding ends in chunked; else
 * Content-Length; else up to the close. Bounded everywhere the far side controls it: a line, the
 * number of fields, and the body (past the limit it stops reading and says so).
 */
final class ResponseReader {

  static final int MAX_LINE = 16 * 1024;
  static final int MAX_FIELDS = 200;

  /** What was read, and whether the connection may carry another exchange. */
  record Read(ExchangeResponse response, boolean reusable, long keepAliveNanos) {}

  private final InputStream in;
  private final int maxBodyBytes;

  ResponseReader(InputStream in, int maxBodyBytes) {
    this.in = in;
    this.maxBodyBytes = maxBodyBytes;
  }

  /** Reads the response whose first byte is {@code first} (already taken from the stream). */
  Read read(int first) throws IOException {
    String status = line(first);
    Map<String, List<String>> headers = fields();
    int code = statusCode(status);
    while (code >= 100 && code < 200) {
      if (code == 101) {
        throw new ExchangeFailure(Kind.BROKEN, "the server switched protocols unasked");
      }
      status = line(in.read()); // 100 Continue and other interim answers: the real one follows
      headers = fields();
      code = statusCode(status);
    }
    boolean http11 = status.startsWith("HTTP/1.1");
    boolean close =
        has(headers, "connection", "close") || !http11 && !has(headers, "connection", "keep-alive");
    if (code == 204 || code == 304) {
      return new Read(
          new ExchangeResponse(code, headers, new byte[0], false), !close, keepAlive(headers));
    }
    List<String> encodings = values(headers, "transfer-encoding");
    if (!encodings.isEmpty()) {
      if (!encodings.get(encodings.size() - 1).equals("chunked")) {
        // Another coding last: the body ends with the connection (RFC 9112 6.3 item 4).
        return untilClose(code, headers);
      }
      return chunked(code, headers, close);
    }
    List<String> lengths = values(headers, "content-length");
    if (lengths.isEmpty()) {
      return untilClose(code, headers);
    }
    long length = contentLength(lengths);
    if (length > maxBodyBytes) {
      return new Read(new ExchangeResponse(code, headers, new byte[0], true), false, 0);
    }
    byte[] body = in.readNBytes((int) length);
    if (body.length < length) {
      throw new ExchangeFailure(Kind.BROKEN, "the body ended before its Content-Length");
    }
    return new Read(
        new ExchangeResponse(code, headers, body, false),
        !close && nothingMore(),
        keepAlive(headers));
  }

  /**
   * Whether nothing arrived past the response: bytes beyond what its framing declared mean the two
   * sides disagree about where it ended, and the next answer on this connection could not be
   * trusted.
   */
  private boolean nothingMore() throws IOException {
    return in.available() == 0;
  }

  private Read untilClose(int code, Map<String, List<String>> headers) throws IOException {
    byte[] body = in.readNBytes(maxBodyBytes + 1);
    boolean tooLarge = body.length > maxBodyBytes;
    return new Read(
        new ExchangeResponse(code, headers, tooLarge ? new byte[0] : body, tooLarge), false, 0);
  }

  private Read chunked(int code, Map<String, List<String>> headers, boolean close)
      throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (true) {
      String sizeLine = line(in.read());
      int semicolon = sizeLine.indexOf(';'); // chunk extensions are ignored
      String hex = (semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).strip();
      long size;
      try {
        size = hex.length() > 8 ? Long.MAX_VALUE : Long.parseLong(hex, 16);
      } catch (NumberFormatException e) {
        throw new ExchangeFailure(Kind.BROKEN, "a chunk size is not hexadecimal");
      }
      if (size < 0) {
        throw new ExchangeFailure(Kind.BROKEN, "a chunk size is negative");
      }
      if (size == 0) {
        fields(); // trailer fields: read and dropped
        return new Read(
            new ExchangeResponse(code, headers, body.toByteArray(), false),
            !close,
            keepAlive(headers));
      }
      if (body.size() + size > maxBodyBytes) {
        return new Read(new ExchangeResponse(code, headers, new byte[0], true), false, 0);
      }
      byte[] chunk = in.readNBytes((int) size);
      if (chunk.length < size) {
        throw new ExchangeFailure(Kind.BROKEN, "the body ended inside a chunk");
      }
      body.writeBytes(chunk);
      if (!line(in.read()).isEmpty()) {
        throw new ExchangeFailure(Kind.BROKEN, "a chunk is longer than its size");
      }
    }
  }

  /** Header fields up to the empty line, by lower-case name. */
  private Map<String, List<String>> fields() throws IOException {
    Map<String, List<String>> headers = new TreeMap<>();
    for (int count = 0; ; count++) {
      String line = line(in.read());
      if (line.isEmpty()) {
        return headers;
      }
      if (count >= MAX_FIELDS) {
        throw new ExchangeFailure(Kind.BROKEN, "more than " + MAX_FIELDS + " header fields");
      }
      int colon = line.indexOf(':');
      if (colon <= 0 || line.charAt(0) == ' ' || line.charAt(0) == '\t') {
        // Includes obsolete line folding, which RFC 9112 5.2 lets a client reject.
        throw new ExchangeFailure(Kind.BROKEN, "a header field is malformed");
      }
      String name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      headers.computeIfAbsent(name, n -> new ArrayList<>()).add(fieldValue(line, colon + 1));
    }
  }

  /**
   * A field value with a bare CR or a NUL replaced by a space (RFC 9110 5.5): a value is passed on
   * (the gateway answers with the interface's Content-Type), and a CR inside it must not become a
   * line break further on.
   */
  private static String fieldValue(String line, int start) {
    return line.substring(start).replace('\r', ' ').replace('\0', ' ').strip();
  }

  /** One line without its CRLF (a bare LF ends it too), starting with {@code first}. */
  private String line(int first) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(64);
    int b = first;
    while (true) {
      if (b < 0) {
        throw new ExchangeFailure(Kind.BROKEN, "the connection closed inside the response head");
      }
      if (b == '\n') {
        break;
      }
      if (line.size() >= MAX_LINE) {
        throw new ExchangeFailure(Kind.BROKEN, "a response line is longer than " + MAX_LINE);
      }
      line.write(b);
      b = in.read();
    }
    byte[] bytes = line.toByteArray();
    int length =
        bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
    // Field values are bytes; Latin-1 keeps each one, and UTF-8 text survives re-encoding.
    return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
  }

  private static int statusCode(String statusLine) throws ExchangeFailure {
    // HTTP/1.x SP 3DIGIT [SP reason]
    if (!statusLine.startsWith("HTTP/1.")
        || statusLine.length() < 12
        || statusLine.charAt(8) != ' ') {
      throw new ExchangeFailure(Kind.BROKEN, "the answer is not HTTP/1.x");
    }
    String digits = statusLine.substring(9, 12);
    if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')
        || statusLine.length() > 12 && statusLine.charAt(12) != ' ') {
      throw new ExchangeFailure(Kind.BROKEN, "the status code is not three digits");
    }
    return Integer.parseInt(digits);
  }

  /** One Content-Length, or several that agree (RFC 9112 6.3 item 5); else not HTTP. */
  private static long contentLength(List<String> values) throws ExchangeFailure {
    long length = -1;
    for (String value : values) {
      for (String part : value.split(",")) {
        String digits = part.strip();
        if (digits.isEmpty()
            || digits.length() > 18
            || !digits.chars().allMatch(Character::isDigit)) {
          throw new ExchangeFailure(Kind.BROKEN, "Content-Length is not a number");
        }
        long parsed = Long.parseLong(digits);
        if (length >= 0 && parsed != length) {
          throw new ExchangeFailure(Kind.BROKEN, "Content-Length values disagree");
        }
        length = parsed;
      }
    }
    return length;
  }

  /** The server's Keep-Alive timeout in nanoseconds, or 0 when it names none. */
  private static long keepAlive(Map<String, List<String>> headers) {
    for (String value : values(headers, "keep-alive")) {
      for (String parameter : value.split(",")) {
        String[] pair = parameter.strip().split("=", 2);
        if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("timeout")) {
          try {
            return Math.max(0, Long.parseLong(pair[1].strip())) * 1_000_000_000L;
          } catch (NumberFormatException e) {
            return 0;
          }
        }
      }
    }
    return 0;
  }

  /** Comma-separated list values of a field, lower-case, over all its lines. */
  private static List<String> values(Map<String, List<String>> headers, String name) {
    List<String> lines = headers.get(name);
    if (lines == null) {
      return List.of();
    }
    List<String> values = new ArrayList<>();
    for (String line : lines) {
      for (String value : line.split(",")) {
        if (!value.isBlank()) {
          values.add(value.strip().toLowerCase(Locale.ROOT));
        }
      }
    }
    return values;
  }

  private static boolean has(Map<String, List<String>> headers, String name, String token) {
    return values(headers, name).contains(token);
  }
}
