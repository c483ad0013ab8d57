package org.onewindow.casework.service;

import java.util.Arrays;

/** A growing byte array for one COPY line ({@link PostgresqlCaseCopy#line}): no synchronisation. */
final class LineBytes {

  private byte[] bytes;
  private int size;

  LineBytes(int capacity) {
    bytes = new byte[capacity];
  }

  LineBytes add(byte value) {
    room(1);
    bytes[size++] = value;
    return this;
  }

  LineBytes add(byte[] values) {
    room(values.length);
    System.arraycopy(values, 0, bytes, size, values.length);
    size += values.length;
    return this;
  }

  /** Text known to be ASCII (digits, an ISO instant), one byte a character. */
  LineBytes addAscii(String text) {
    room(text.length());
    for (int i = 0; i < text.length(); i++) {
      bytes[size++] = (byte) text.charAt(i);
    }
    return this;
  }

  /** {@code value} (not negative) as exactly {@code width} decimal digits, zeros in front. */
  LineBytes digits(int value, int width) {
    room(width);
    for (int i = size + width - 1; i >= size; i--) {
      bytes[i] = (byte) ('0' + value % 10);
      value /= 10;
    }
    size += width;
    return this;
  }

  byte[] toArray() {
    return Arrays.copyOf(bytes, size);
  }

  private void room(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
  }
}
