package org.onewindow.crypto.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Input and output of the tool. Data comes from {@code --text}, {@code --in FILE} or standard
 * input, in the format {@code --in-format} names (raw, hex, base64); results go to standard output
 * in {@code --out-format}. Keys are read from files or given as hex.
 */
final class Io {

  private final InputStream stdin;
  private final PrintStream stdout;

  Io(InputStream stdin, PrintStream stdout) {
    this.stdin = stdin;
    this.stdout = stdout;
  }

  /** The data the command works on. */
  byte[] input(Args args) {
    byte[] raw;
    if (args.option("text").isPresent()) {
      raw = args.required("text").getBytes(StandardCharsets.UTF_8);
    } else if (args.option("in").isPresent()) {
      raw = readFile(args.required("in"));
    } else {
      try {
        raw = stdin.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return decode(raw, args.option("in-format", "raw"), "input");
  }

  /** A value given on the command line in hex or Base64 (for keys, IVs, signatures). */
  static byte[] value(String text, String format, String what) {
    return decode(text.getBytes(StandardCharsets.US_ASCII), format, what);
  }

  String readText(String file) {
    return new String(readFile(file), StandardCharsets.UTF_8);
  }

  void output(Args args, byte[] data) {
    output(args, data, "base64");
  }

  void output(Args args, byte[] data, String defaultFormat) {
    String format = args.option("out-format", defaultFormat);
    switch (format) {
      case "raw" -> stdout.write(data, 0, data.length);
      case "hex" -> stdout.println(HexFormat.of().formatHex(data));
      case "base64" -> stdout.println(Base64.getEncoder().encodeToString(data));
      case "base64url" ->
          stdout.println(Base64.getUrlEncoder().withoutPadding().encodeToString(data));
      default ->
          throw new UsageException("--out-format is raw, hex, base64 or base64url, not " + format);
    }
    stdout.flush();
  }

  void println(String line) {
    stdout.println(line);
  }

  private static byte[] decode(byte[] raw, String format, String what) {
    String text = new String(raw, StandardCharsets.US_ASCII).strip();
    try {
      return switch (format) {
        case "raw" -> raw;
        case "hex" -> HexFormat.of().parseHex(text);
        case "base64" -> Base64.getMimeDecoder().decode(text);
        case "base64url" -> Base64.getUrlDecoder().decode(text);
        default ->
            throw new UsageException("format is raw, hex, base64 or base64url, not " + format);
      };
    } catch (IllegalArgumentException e) {
      throw new UsageException(what + " is not valid " + format);
    }
  }

  private static byte[] readFile(String file) {
    try {
      return Files.readAllBytes(Path.of(file));
    } catch (IOException e) {
      throw new UsageException("cannot read " + file + ": " + e.getMessage());
    }
  }
}
