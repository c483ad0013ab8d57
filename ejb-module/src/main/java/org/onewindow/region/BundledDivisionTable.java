package org.onewindow.region;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.onewindow.common.Message;

/**
 * The administrative division table (C 0109.1-2018 4.3, after GB/T 2260) read from a file of {@code
 * code<TAB>name} lines. The platform bundles the Ministry of Civil Affairs' list of county level
 * and higher divisions ({@code org/onewindow/region/divisions.tsv}, its header says which edition);
 * production names the full current official table with the system property {@value
 * #FILE_PROPERTY}. Tables are immutable and loaded once.
 */
public final class BundledDivisionTable implements DivisionTable {

  /** The system property naming a replacement table file. */
  public static final String FILE_PROPERTY = "onewindow.divisions.file";

  static final String RESOURCE = "/org/onewindow/region/divisions.tsv";

  /** GB/T 2260 codes: six digits, never starting with 0 (province codes run 11 to 82). */
  private static final Pattern CODE = Pattern.compile("[1-9]\\d{5}");

  private static final int MAX_NAME = 100;

  /** The full national table is well under 1 MiB; anything far larger is the wrong file. */
  private static final int MAX_FILE_BYTES = 16 << 20;

  private static volatile Configured configured;

  private final Map<String, String> names;
  private final String source;
  private final DivisionTree tree;

  private BundledDivisionTable(Map<String, String> names, String source) {
    this.names = Map.copyOf(names);
    this.source = source;
    this.tree = DivisionTree.of(this.names); // a few thousand entries: built once with the table
  }

  /** The table's divisions as a province → prefecture → county tree. */
  public DivisionTree tree() {
    return tree;
  }

  /** The table bundled with the platform, read from the class path on first use. */
  public static BundledDivisionTable bundled() {
    return Bundled.TABLE;
  }

  /**
   * The table the deployment is configured with: the file named by {@value #FILE_PROPERTY} when
   * that property is set, otherwise the bundled one. A file is read once per name; a broken file
   * fails loudly instead of silently falling back to the bundled table.
   *
   * @throws DivisionTableException when the named file is missing or malformed
   */
  public static BundledDivisionTable configured() {
    String file = System.getProperty(FILE_PROPERTY, "").strip();
    if (file.isEmpty()) {
      return bundled();
    }
    Configured current = configured;
    if (current == null || !current.file.equals(file)) {
      current = new Configured(file, load(Path.of(file)));
      configured = current;
    }
    return current.table;
  }

  /**
   * Reads a table file.
   *
   * @throws DivisionTableException when it is missing, not UTF-8, empty, or has a malformed line
   */
  public static BundledDivisionTable load(Path file) {
    String source = file.toString();
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, source);
    } catch (NoSuchFileException e) {
      throw new DivisionTableException(Message.of("region.table.fileMissing", source), 0, e);
    } catch (IOException e) {
      throw new DivisionTableException(
          Message.of("region.table.fileUnreadable", source, e.getMessage()), 0, e);
    }
  }

  /**
   * Reads a table from UTF-8 text: {@code code<TAB>name} per line; blank lines and lines starting
   * with {@code #} are skipped.
   *
   * @param source what the text is, for messages
   * @throws DivisionTableException naming the line at fault
   */
  public static BundledDivisionTable read(InputStream in, String source) {
    byte[] bytes;
    try (in) {
      bytes = in.readNBytes(MAX_FILE_BYTES + 1);
    } catch (IOException e) {
      throw new DivisionTableException(
          Message.of("region.table.unreadable", source, e.getMessage()), 0, e);
    }
    if (bytes.length > MAX_FILE_BYTES) {
      throw new DivisionTableException(
          Message.of("region.table.tooLarge", source, String.valueOf(MAX_FILE_BYTES >> 20)),
          0,
          null);
    }
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    Map<String, String> names = new HashMap<>();
    Map<String, Integer> lines = new HashMap<>();
    int number = 0;
    // split on LF bytes and decode each line alone, so an encoding fault names its own line
    for (int start = 0; start < bytes.length; ) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      number++;
      String line;
      try {
        line = utf8.decode(ByteBuffer.wrap(bytes, start, end - start)).toString();
      } catch (CharacterCodingException e) {
        throw new DivisionTableException(
            Message.of("region.table.notUtf8", source, String.valueOf(number)), number, e);
      }
      start = end + 1;
      if (number == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1); // a BOM left by some editors
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (fields.length != 2) {
        throw malformed(source, number, Message.of("region.table.twoColumns"));
      }
      String code = fields[0].strip();
      String name = fields[1].strip(); // also drops the CR of CRLF files
      if (!CODE.matcher(code).matches()) {
        throw malformed(source, number, Message.of("region.table.badCode", shorten(code)));
      }
      if (name.isEmpty() || name.length() > MAX_NAME) {
        throw malformed(
            source, number, Message.of("region.table.nameLength", String.valueOf(MAX_NAME)));
      }
      Integer earlier = lines.putIfAbsent(code, number);
      if (earlier != null) {
        throw malformed(
            source, number, Message.of("region.table.duplicate", code, String.valueOf(earlier)));
      }
      names.put(code, name);
    }
    if (names.isEmpty()) {
      throw new DivisionTableException(Message.of("region.table.empty", source), 0, null);
    }
    return new BundledDivisionTable(names, source);
  }

  @Override
  public Optional<String> nameOf(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(names.get(code));
  }

  /** How many divisions the table holds. */
  public int size() {
    return names.size();
  }

  /** Where the table was read from, for logs and the operations page. */
  public String source() {
    return source;
  }

  @Override
  public String toString() {
    return "BundledDivisionTable[" + source + ", " + names.size() + " divisions]";
  }

  private static DivisionTableException malformed(String source, int line, Message reason) {
    return new DivisionTableException(
        Message.of("region.table.malformed", source, String.valueOf(line), reason), line, null);
  }

  private static String shorten(String text) {
    return text.length() <= 20 ? text : text.substring(0, 20) + "…";
  }

  /** Lazy holder: the bundled table is read once, on first use, by the class loader's lock. */
  private static final class Bundled {
    static final BundledDivisionTable TABLE = readBundled();

    private static BundledDivisionTable readBundled() {
      InputStream in = BundledDivisionTable.class.getResourceAsStream(RESOURCE);
      if (in == null) {
        throw new DivisionTableException(Message.of("region.table.notBundled", RESOURCE), 0, null);
      }
      return read(in, "classpath:" + RESOURCE);
    }
  }

  private record Configured(String file, BundledDivisionTable table) {}
}
