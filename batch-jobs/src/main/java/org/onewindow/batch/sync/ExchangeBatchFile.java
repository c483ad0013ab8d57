package org.onewindow.batch.sync;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.onewindow.batch.sync.format.FileCheck;
import org.onewindow.batch.sync.format.Manifest;
import org.onewindow.exchange.ExchangeChange;

/**
 * One outbound batch in the exchange area (docs/wire-formats.md §8.3): {@code <feed>-<batch, 10
 * digits>.jsonl}, UTF-8 JSON lines, one object per record with its fields and {@code _seq}, {@code
 * _key}, {@code _version}; then its manifest. Each is written to a {@code .tmp} file, forced to
 * disk and renamed into place, data first: a collector that takes only files with manifests never
 * sees a half-written batch, and a batch redone after a crash replaces the files of the same
 * number.
 */
final class ExchangeBatchFile {

  /** Made once: {@code Json.createObjectBuilder} looks the provider up at every call. */
  private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

  private ExchangeBatchFile() {}

  static String name(OutboundFeed feed, long batch) {
    return String.format(Locale.ROOT, "%s-%010d.jsonl", feed.feedName(), batch);
  }

  /** Writes batch {@code batch} of a feed into {@code directory}; answers its SM3 (hex). */
  static String write(Path directory, OutboundFeed feed, long batch, List<ExchangeChange> changes)
      throws IOException {
    Files.createDirectories(directory);
    StringBuilder lines = new StringBuilder();
    for (ExchangeChange change : changes) {
      JsonObjectBuilder line =
          JSON.createObjectBuilder()
              .add("_seq", change.sequence())
              .add("_key", change.record().key())
              .add("_version", change.record().version().toString());
      change.record().fields().forEach(line::add);
      lines.append(line.build()).append('\n');
    }
    byte[] data = lines.toString().getBytes(StandardCharsets.UTF_8);
    String name = name(feed, batch);
    String sm3 = FileCheck.sm3Hex(data);
    writeAtomically(directory.resolve(name), data);
    String manifest =
        Json.createObjectBuilder()
            .add("file", name)
            .add("records", changes.size())
            .add("sm3", sm3)
            .add("encoding", "UTF-8")
            .add("feed", feed.feedName())
            .add("batch", batch)
            .add("firstSequence", changes.isEmpty() ? 0 : changes.get(0).sequence())
            .add("lastSequence", changes.isEmpty() ? 0 : changes.get(changes.size() - 1).sequence())
            .build()
            .toString();
    writeAtomically(
        Manifest.of(directory.resolve(name)), manifest.getBytes(StandardCharsets.UTF_8));
    return sm3;
  }

  /**
   * The last sequence of a batch whose manifest is already there (written before a crash that came
   * before its cursor committed), or -1.
   */
  static long writtenThrough(Path directory, OutboundFeed feed, long batch) {
    Path manifest = Manifest.of(directory.resolve(name(feed, batch)));
    if (!Files.exists(manifest)) {
      return -1;
    }
    try (var reader = Json.createReader(Files.newInputStream(manifest))) {
      return reader.readObject().getJsonNumber("lastSequence").longValue();
    } catch (IOException | RuntimeException unreadable) {
      return -1; // half a manifest cannot be: it is renamed into place whole; rewrite it
    }
  }

  private static void writeAtomically(Path target, byte[] bytes) throws IOException {
    Path temp = target.resolveSibling(target.getFileName() + ".tmp");
    try (FileChannel channel =
            FileChannel.open(
                temp,
                StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
        OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
      out.write(bytes);
      out.flush();
      channel.force(true);
    }
    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }
}
