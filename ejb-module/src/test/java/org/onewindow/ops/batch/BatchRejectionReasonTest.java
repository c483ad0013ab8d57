package org.onewindow.ops.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onewindow.common.Message;
import org.onewindow.common.PageRequest;
import org.onewindow.matter.domain.FieldName;
import org.onewindow.review.Ids;
import org.onewindow.testing.InMemoryDatabase;

/**
 * A rejected record's reason reads in its reader's language (zh-CN first, English second), however
 * it was given: plain texts and integers, a label of the reason's capability, a nested message;
 * rows kept before the arguments' JSON form, and a reason whose key has no text, read as they were
 * kept.
 */
class BatchRejectionReasonTest {

  private static final Instant AT = Instant.parse("2026-12-07T02:00:00Z");
  private static final long EXECUTION = 41;

  private final InMemoryDatabase db = new InMemoryDatabase();

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void aReasonReadsInTheReadersLanguage() {
    assertEquals(
        List.of("第 7 条记录无法解析：not JSON", "Record 7 cannot be parsed: not JSON"),
        both(Message.of("sync.record.unparseable", 7L, "not JSON")));
    assertEquals(
        List.of("请填写行使层级", "Please give the exercise level"),
        both(Message.of("matter.field.missing", new FieldName("exerciseLevel"))));
    assertEquals(
        List.of(
            "上级平台拒收：缺少字段 materials",
            "Rejected by the upper platform: The field materials is missing"),
        both(
            Message.of("sync.upward.rejected", Message.of("casework.field.missing", "materials"))));
    assertEquals(
        List.of("上级平台拒收：缺少申请材料", "Rejected by the upper platform: 缺少申请材料"),
        both(Message.of("sync.upward.rejected", "缺少申请材料")),
        "the upper platform's own words stay its words");
  }

  @Test
  void rowsKeptBeforeReadAsTheyWereKept() {
    BatchRejection old = rejection(Message.of("sync.record.unparseable"));
    set(old, "reasonArguments", "12" + ReasonArguments.UNIT + "not a JSON object");
    assertEquals(
        "Record 12 cannot be parsed: not a JSON object", old.view(Locale.ENGLISH).reason());
    assertEquals("第 12 条记录无法解析：not a JSON object", old.view(Locale.CHINA).reason());

    BatchRejection text = rejection(Message.of("记录的主键为空"));
    assertEquals("记录的主键为空", text.view(Locale.ENGLISH).reason());
    assertEquals("记录的主键为空", text.view(Locale.CHINA).reason());
  }

  @Test
  void longTextsAreCutSoTheArgumentsStillFitTheirColumn() {
    String kept = ReasonArguments.keep(List.of("x".repeat(5_000), 3L, "y".repeat(5_000)));
    assertTrue(kept.length() <= ReasonArguments.MOST);
    Object[] read = ReasonArguments.read(kept);
    assertEquals(3L, read[1]);
    assertTrue(((String) read[0]).startsWith("xxxx") && ((String) read[0]).endsWith("…"));
    assertNull(ReasonArguments.keep(List.of()));
  }

  @Test
  void theServiceAnswersInTheCallersLanguageAndChineseByDefault() {
    BatchRejectionService service = service();
    db.run(
        em -> {
          inject(service, em);
          service.keep(
              EXECUTION,
              "case-inbound",
              "inbound",
              "C-1",
              Message.of("matter.field.missing", new FieldName("exerciseLevel")),
              "{}");
        });
    db.run(
        em -> {
          inject(service, em);
          assertEquals(
              "Please give the exercise level",
              service
                  .rejections(EXECUTION, PageRequest.first(10), Locale.ENGLISH)
                  .rows()
                  .get(0)
                  .reason());
          assertEquals(
              "请填写行使层级",
              service
                  .rejections(EXECUTION, PageRequest.first(10), Locale.CHINA)
                  .rows()
                  .get(0)
                  .reason());
          assertEquals(
              "请填写行使层级",
              service.rejections(EXECUTION, PageRequest.first(10), null).rows().get(0).reason());
        });
  }

  /** The reason kept and read back from the database, in Chinese and in English. */
  private List<String> both(Message reason) {
    BatchRejectionService service = service();
    db.run(
        em -> {
          inject(service, em);
          em.createQuery("delete from BatchRejection").executeUpdate();
          service.keep(EXECUTION, "case-inbound", "inbound", "C-1", reason, "{}");
        });
    return db.inTransaction(
        em -> {
          inject(service, em);
          return List.of(
              service
                  .rejections(EXECUTION, PageRequest.first(1), Locale.CHINA)
                  .rows()
                  .get(0)
                  .reason(),
              service
                  .rejections(EXECUTION, PageRequest.first(1), Locale.ENGLISH)
                  .rows()
                  .get(0)
                  .reason());
        });
  }

  private static BatchRejection rejection(Message reason) {
    return Ids.assign(
        BatchRejection.of(EXECUTION, "case-inbound", "inbound", "C-1", reason, null, AT), 1);
  }

  private static BatchRejectionService service() {
    BatchRejectionService service = new BatchRejectionService();
    service.clock = Clock.fixed(AT, ZoneOffset.UTC);
    return service;
  }

  private static void inject(BatchRejectionService service, EntityManager em) {
    set(service, "em", em);
  }

  private static void set(Object target, String name, Object value) {
    try {
      Field field = target.getClass().getDeclaredField(name);
      field.setAccessible(true);
      field.set(target, value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
