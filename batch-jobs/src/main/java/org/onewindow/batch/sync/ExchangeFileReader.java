package org.onewindow.batch.sync;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadFactory;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.onewindow.batch.sync.format.FileCheck;
import org.onewindow.batch.sync.format.FileFormat;
import org.onewindow.batch.sync.format.Manifest;
import org.onewindow.batch.sync.format.RawRecord;
import org.onewindow.batch.sync.format.RecordSource;
import org.onewindow.common.Message;
import org.onewindow.exchange.ExchangeRecord;
import org.onewindow.ops.batch.BatchProgressService;
import org.onewindow.sync.service.ExchangeAreaService;

/**
 * The records of the batch files in {@code <exchange area>/inbound/<feed>/} (004 7.1;
 * docs/wire-formats.md §8), file by file in name order, each only once its manifest is there. A
 * file whose SM3 does not match its manifest is refused whole (a {@link InboundItem.Refusal}). A
 * record that cannot be read is skipped as a {@link MalformedRecordException}; one outside the time
 * window is counted and passed over.
 *
 * <p>The checkpoint ({@link FileCheckpoint}) is the file and the number of its records behind;
 * JBeret commits it with the chunk's writes, so a restart resumes after exactly the records whose
 * upserts committed. A finished file is moved to {@code done/} ({@code refused/}) only once the
 * chunk that finished it committed: at the start of the next chunk, at the close of the step, or
 * when a restart opens.
 */
@Named("syncFileReader")
@Dependent
public class ExchangeFileReader extends AbstractItemReader {

  private static final Logger LOG = Logger.getLogger(ExchangeFileReader.class.getName());

  @EJB ExchangeAreaService area;

  @EJB BatchProgressService progress;

  @Inject JobContext job;

  /**
   * Makes the threads the files' SM3 checks and their records' parsing run ahead on ({@link
   * FileChecksAhead}, {@link ReadAhead}): threads of their own, as each lasts a step or a file and
   * would otherwise hold threads of the shared managed executor, which the chunk's sealing needs.
   * (The container's ManagedThreadFactory, seen as the plain ThreadFactory it extends.) Null in
   * unit tests: then nothing runs ahead.
   */
  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ThreadFactory threads;

  @Inject StepContext step;

  @Inject
  @BatchProperty(name = "feed")
  String feed;

  @Inject
  @BatchProperty(name = "since")
  String since;

  @Inject
  @BatchProperty(name = "until")
  String until;

  private InboundFeed inbound;
  private Window window;
  private Path inbox;
  private FileCheckpoint position;
  private final Deque<Path> files = new ArrayDeque<>();
  private RecordSource source;
  private String current;
  private Manifest manifest;
  private FileChecksAhead checks;
  private boolean movesDue;
  private boolean ended;

  @Override
  public void open(Serializable checkpoint) throws IOException {
    inbound = InboundFeed.named(feed);
    window = Window.of(since, until);
    inbox = area.exchangeDirectory().resolve("inbound").resolve(inbound.feedName());
    position = checkpoint == null ? new FileCheckpoint() : ((FileCheckpoint) checkpoint).copy();
    step.setTransientUserData(position.tally);
    moveFinished();
    bringBackInProgress();
    files.addAll(readyFiles());
    checks = new FileChecksAhead(List.copyOf(files), aheadExecutor());
    if (checkpoint == null) {
      expectTotal();
    }
  }

  /** The data files whose manifests are there: the one in progress first, then by name. */
  List<Path> readyFiles() throws IOException {
    if (!Files.isDirectory(inbox)) {
      return List.of();
    }
    List<Path> ready = new ArrayList<>();
    try (Stream<Path> listed = Files.list(inbox)) {
      listed
          .filter(Files::isRegularFile)
          .filter(path -> FileFormat.of(path.getFileName().toString()).isPresent())
          .filter(path -> Files.exists(Manifest.of(path)))
          .sorted()
          .forEach(ready::add);
    }
    if (position.file != null) {
      ready.sort(
          (a, b) ->
              Boolean.compare(
                  !a.getFileName().toString().equals(position.file),
                  !b.getFileName().toString().equals(position.file)));
    }
    return ready;
  }

  private void expectTotal() {
    long total = 0;
    for (Path file : files) {
      try {
        total += Manifest.read(Manifest.of(file)).records();
      } catch (IOException unreadable) {
        // refused when its turn comes; it adds nothing to the total
      }
    }
    try {
      progress.expect(job.getExecutionId(), step.getStepName(), total);
    } catch (RuntimeException e) {
      LOG.warning(() -> "progress of " + job.getExecutionId() + " not recorded: " + e);
    }
  }

  @Override
  public Object readItem() throws IOException {
    if (movesDue) {
      moveFinished(); // the chunk that finished them has committed
      movesDue = false;
    }
    while (true) {
      if (source == null) {
        Path next = files.poll();
        if (next == null) {
          ended = true;
          return null;
        }
        InboundItem refusal = start(next);
        if (refusal != null) {
          return refusal;
        }
        continue;
      }
      RawRecord raw = source.next();
      if (raw == null) {
        long read = position.offset;
        long declared = manifest.records();
        String name = current;
        finish(false);
        if (read != declared) {
          // The records were taken; the producer's count is noted for an operator to look into.
          return new InboundItem.Refusal(
              name, Message.of("sync.file.countMismatch", name, declared, read), "");
        }
        continue;
      }
      position.offset = raw.ordinal();
      position.tally.read++;
      String where = current + ":" + raw.ordinal();
      if (raw.isMalformed()) {
        position.tally.rejected++;
        throw new MalformedRecordException(
            where,
            Message.of("sync.record.unparseable", raw.ordinal(), raw.problem()),
            inbound.personal() ? "" : raw.excerpt());
      }
      ExchangeRecord record;
      try {
        record = inbound.record(raw, where);
      } catch (MalformedRecordException e) {
        position.tally.rejected++;
        throw e;
      }
      if (!window.contains(record.version())) {
        position.tally.outsideWindow++;
        continue;
      }
      return new InboundItem.Upsert(record, where, inbound);
    }
  }

  /** A new managed thread for each task, or none (null) without a thread factory. */
  private Executor aheadExecutor() {
    return threads == null ? null : task -> threads.newThread(task).start();
  }

  /** Opens a file (at its checkpoint's offset), or refuses it whole. */
  private InboundItem start(Path file) throws IOException {
    String name = file.getFileName().toString();
    try {
      manifest = Manifest.read(Manifest.of(file));
    } catch (IOException e) {
      return refuse(name, Message.of("sync.file.badManifest", name, e.getMessage()));
    }
    FileCheck check = checks.of(file);
    if (!manifest.matches(check.sm3())) {
      return refuse(name, Message.of("sync.file.digestMismatch", name));
    }
    Charset charset;
    try {
      charset = manifest.charset().orElse(check.detected());
    } catch (IllegalArgumentException unknown) {
      return refuse(name, Message.of("sync.file.badManifest", name, manifest.encoding()));
    }
    source = FileFormat.of(name).orElseThrow().open(file, charset);
    if (threads != null) {
      source = new ReadAhead(source, aheadExecutor());
    }
    current = name;
    if (name.equals(position.file)) {
      source.skip(position.offset); // resumed: these records' chunks committed
    } else {
      position.file = name;
      position.offset = 0;
      position.tally.files++;
    }
    return null;
  }

  private InboundItem refuse(String name, Message reason) {
    position.tally.refusedFiles++;
    position.finished.add(new FileCheckpoint.Finished(name, true));
    position.file = null;
    position.offset = 0;
    return new InboundItem.Refusal(name, reason, "");
  }

  private void finish(boolean refused) throws IOException {
    source.close();
    source = null;
    position.finished.add(new FileCheckpoint.Finished(current, refused));
    position.file = null;
    position.offset = 0;
    current = null;
  }

  /**
   * The file the checkpoint is in the middle of, back from {@code done/} should it have been moved
   * by a run whose last chunk then failed to commit: its remaining records are still to be read.
   */
  private void bringBackInProgress() throws IOException {
    if (position.file == null || Files.exists(inbox.resolve(position.file))) {
      return;
    }
    Path done = inbox.resolve("done");
    Path data = done.resolve(position.file);
    if (Files.exists(data)) {
      move(data, inbox);
      move(Manifest.of(data), inbox);
    }
  }

  /** Moves the finished files of the last committed checkpoint out of the inbox. */
  private void moveFinished() {
    for (FileCheckpoint.Finished done : position.finished) {
      Path target = inbox.resolve(done.refused() ? "refused" : "done");
      try {
        Files.createDirectories(target);
        move(inbox.resolve(done.name()), target);
        move(Manifest.of(inbox.resolve(done.name())), target);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    position.finished.clear();
  }

  private static void move(Path file, Path directory) throws IOException {
    try {
      Files.move(file, directory.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    } catch (NoSuchFileException alreadyMoved) {
      // moved before a crash that came before the next checkpoint
    }
  }

  @Override
  public Serializable checkpointInfo() {
    movesDue = true;
    return position.copy();
  }

  @Override
  public void close() throws IOException {
    if (checks != null) {
      checks.close();
    }
    if (source != null) {
      source.close();
      source = null;
    }
    if (ended && step.getException() == null) {
      moveFinished(); // the last chunk committed
    }
  }
}
