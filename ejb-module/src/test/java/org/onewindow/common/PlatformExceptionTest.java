package org.onewindow.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Every platform exception carries its message as a key: Chinese in {@code getMessage()} (the log,
 * callers without a language), the caller's language through {@code message(Locale)}.
 */
class PlatformExceptionTest {

  @Test
  void everyPlatformExceptionReadsItsKeyInTheCallersLanguage() {
    List<PlatformException> refusals =
        List.of(
            NotFoundException.keyed("ops.job.executionNotFound", 42L),
            StateConflictException.keyed("inspection.notOnline.APP"),
            DutySeparationException.keyed("inspection.notOnline.APP"),
            BusyException.keyed("inspection.notOnline.APP"),
            InvalidInputException.keyed("subjectId", "inspection.subjectIdMissing"),
            MissingInputException.of("subjectId", "inspection.subjectIdMissing"),
            DuplicateException.keyed("appId", "identity.appClient.taken", "app-x"));
    for (PlatformException e : refusals) {
      String key = e.text().orElseThrow().key();
      assertEquals(Messages.text(e.text().get(), Locale.CHINA), e.getMessage(), key);
      assertEquals(e.getMessage(), e.message(Locale.SIMPLIFIED_CHINESE), key);
      assertEquals(Messages.text(e.text().get(), Locale.ENGLISH), e.message(Locale.ENGLISH), key);
      assertTrue(!e.message(Locale.ENGLISH).equals(e.getMessage()), key + " has no English");
    }
    assertEquals("No such job execution: 42", refusals.get(0).message(Locale.ENGLISH));
    assertEquals("任务执行不存在：42", refusals.get(0).getMessage());
  }

  @Test
  @SuppressWarnings("deprecation")
  void aReadyMadeTextReadsTheSameInEveryLanguage() {
    NotFoundException e = new NotFoundException("应用不存在：1");
    assertTrue(e.text().isEmpty());
    assertEquals("应用不存在：1", e.message(Locale.ENGLISH));
    InvalidInputException invalid = new InvalidInputException("name", "名称不能为空");
    assertEquals("名称不能为空", invalid.message(Locale.ENGLISH));
    assertEquals("name", invalid.field());
  }

  @Test
  void theFieldAndTheKindSurviveKeying() {
    InvalidInputException missing =
        MissingInputException.of("hours", "testMode.hoursMissing", "hours");
    assertTrue(missing instanceof MissingInputException);
    assertEquals("hours", missing.field());
    assertEquals("The test mode's duration (hours) is required", missing.message(Locale.ENGLISH));
  }

  @Test
  void theKeyTravelsWithTheException() throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(StateConflictException.keyed("ops.job.executionNotFound", 7L));
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      StateConflictException read = (StateConflictException) in.readObject();
      assertEquals("No such job execution: 7", read.message(Locale.ENGLISH));
    }
  }

  @Test
  void aConcurrentChangeIsToldInTheCallersLanguage() {
    assertEquals("该记录刚被他人同时修改，本次操作未保存，请刷新后重试", ConcurrentChange.message(Locale.CHINA));
    assertTrue(ConcurrentChange.message(Locale.ENGLISH).startsWith("Someone else changed"));
  }
}
