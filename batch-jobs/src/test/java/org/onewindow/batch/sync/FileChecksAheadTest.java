package org.onewindow.batch.sync;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.batch.sync.format.FileCheck;

/** The inbound files' SM3 checks made ahead on another thread answer as checks made in turn. */
class FileChecksAheadTest {

  @TempDir Path area;

  private final ExecutorService executor = Executors.newSingleThreadExecutor();

  @AfterEach
  void stop() {
    executor.shutdownNow();
  }

  @Test
  void aCheckMadeAheadIsTheCheckOfTheFileAndItsEncoding() throws IOException {
    Path utf8 = write("a.jsonl", "{\"case_no\":\"甲\"}\n", StandardCharsets.UTF_8);
    Path gbk = write("b.jsonl", "{\"case_no\":\"乙\"}\n", FileCheck.GBK);

    try (FileChecksAhead checks = new FileChecksAhead(List.of(utf8, gbk), executor)) {
      FileCheck first = checks.of(utf8);
      FileCheck second = checks.of(gbk);

      assertArrayEquals(FileCheck.of(utf8).sm3(), first.sm3());
      assertEquals(StandardCharsets.UTF_8, first.detected());
      assertArrayEquals(FileCheck.of(gbk).sm3(), second.sm3());
      assertEquals(FileCheck.GBK, second.detected());
    }
  }

  @Test
  void aFileThatCannotBeReadFailsWhenItsTurnComesAsItWouldInTurn() throws IOException {
    Path gone = area.resolve("gone.jsonl");
    Path there = write("there.jsonl", "{}\n", StandardCharsets.UTF_8);

    try (FileChecksAhead checks = new FileChecksAhead(List.of(gone, there), executor)) {
      assertThrows(NoSuchFileException.class, () -> checks.of(gone));
      assertArrayEquals(FileCheck.of(there).sm3(), checks.of(there).sm3());
    }
  }

  @Test
  void withoutAnExecutorOrForAFileNotListedTheCheckIsMadeInTurn() throws IOException {
    Path file = write("c.jsonl", "{\"k\":1}\n", StandardCharsets.UTF_8);

    try (FileChecksAhead none = new FileChecksAhead(List.of(file), null);
        FileChecksAhead other = new FileChecksAhead(List.of(), executor)) {
      assertArrayEquals(FileCheck.of(file).sm3(), none.of(file).sm3());
      assertArrayEquals(FileCheck.of(file).sm3(), other.of(file).sm3());
    }
  }

  private Path write(String name, String text, Charset charset) throws IOException {
    return Files.write(area.resolve(name), text.getBytes(charset));
  }
}
