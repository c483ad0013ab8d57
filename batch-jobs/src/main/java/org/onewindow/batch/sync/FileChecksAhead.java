package org.onewindow.batch.sync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.onewindow.batch.sync.format.FileCheck;
import org.onewindow.batch.sync.format.Manifest;

/**
 * The SM3 checks of an inbound step's files, made one after the other on another thread while the
 * step works on the files before them: a 100,000-record file takes about a second to digest, which
 * the step would otherwise spend with the database idle. A file is still used only once its check
 * matched its manifest; the files are ready only when their manifests are there, so their bytes do
 * not change between the check and the reading (docs/wire-formats.md §8: the producer writes the
 * manifest last). Without an executor (unit tests) each file is checked when its turn comes.
 */
final class FileChecksAhead implements AutoCloseable {

  /** In the order they are checked; never changed once made, so the checking thread reads it. */
  private final List<Map.Entry<Path, CompletableFuture<FileCheck>>> order;

  private final Map<Path, CompletableFuture<FileCheck>> checks = new ConcurrentHashMap<>();
  private volatile boolean closed;

  FileChecksAhead(List<Path> files, Executor executor) {
    if (executor == null || files.isEmpty()) {
      order = List.of();
      return;
    }
    order =
        files.stream().map(file -> Map.entry(file, new CompletableFuture<FileCheck>())).toList();
    order.forEach(entry -> checks.put(entry.getKey(), entry.getValue()));
    CompletableFuture.runAsync(this::checkAll, executor)
        .whenComplete(
            (done, failure) -> {
              // Rejected or failed as a whole: no waiter may wait for ever, each checks in turn.
              order.forEach(entry -> entry.getValue().cancel(false));
            });
  }

  private void checkAll() {
    for (Map.Entry<Path, CompletableFuture<FileCheck>> entry : order) {
      if (closed) {
        return;
      }
      try {
        entry.getValue().complete(check(entry.getKey()));
      } catch (IOException | RuntimeException e) {
        entry.getValue().completeExceptionally(e);
      }
    }
  }

  /** The file's check: the one made ahead, or made now. */
  FileCheck of(Path file) throws IOException {
    CompletableFuture<FileCheck> ahead = checks.remove(file);
    if (ahead == null) {
      return check(file);
    }
    try {
      return ahead.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof IOException unreadable) {
        throw unreadable;
      }
      if (e.getCause() instanceof UncheckedIOException unreadable) {
        throw unreadable.getCause();
      }
      throw e;
    } catch (java.util.concurrent.CancellationException e) {
      return check(file);
    }
  }

  /**
   * The digest, and the encoding unless the file's manifest declares one (then it is not looked
   * for). An unreadable manifest is the step's to refuse; the check is then the full one.
   */
  static FileCheck check(Path file) throws IOException {
    boolean declared;
    try {
      String encoding = Manifest.read(Manifest.of(file)).encoding();
      declared = encoding != null && !encoding.isBlank();
    } catch (IOException | RuntimeException unreadable) {
      declared = false;
    }
    return FileCheck.of(file, !declared);
  }

  /** Stops checking the files not begun (the step ended or failed). */
  @Override
  public void close() {
    closed = true;
  }
}
