package org.onewindow.matter.service;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.onewindow.matter.domain.MaterialDraft;
import org.onewindow.matter.domain.MatterDraft;
import org.onewindow.matter.domain.MatterElements;
import org.onewindow.matter.domain.MatterVersion;

/** Published implementation-list items with the facets a test picks, everything else valid. */
final class PublishedMatters {

  private static final Instant AT = Instant.parse("2026-12-01T00:00:00Z");

  private long sequence;

  /** Publishes one item; returns its code. */
  String publish(
      EntityManager em,
      String code,
      String type,
      String target,
      String theme,
      String level,
      String jurisdiction,
      String agency,
      String division) {
    MatterVersion version =
        MatterVersion.first(
            "测试单位",
            MatterElements.check(
                draft(code, type, target, theme, level, jurisdiction, agency, division)),
            "editor",
            AT);
    em.persist(version);
    version.publish(AT.plusSeconds(++sequence), sequence);
    return code;
  }

  /** Keeps a draft that is never published. */
  void keepDraft(EntityManager em, String code) {
    em.persist(
        MatterVersion.first(
            "测试单位",
            MatterElements.check(
                draft(
                    code,
                    "PUBLIC_SERVICE",
                    "BOTH",
                    "",
                    "COUNTY",
                    "FIXED_LOCATION",
                    "草稿单位",
                    "110101")),
            "editor",
            AT));
  }

  static MatterDraft draft(
      String code,
      String type,
      String target,
      String theme,
      String level,
      String jurisdiction,
      String agency,
      String division) {
    return new MatterDraft(
        code,
        "000123456000",
        "事项" + code,
        type,
        "《中华人民共和国行政许可法》",
        level,
        agency,
        "11100000000013127D",
        division,
        20,
        5,
        1,
        "符合条件",
        List.of(new MaterialDraft("居民身份证", "PAPER", 1, true)),
        "申请、受理、办结",
        false,
        "",
        "",
        "PROMISED",
        "政务服务大厅",
        "工作日 9:00-17:00",
        "12345",
        "",
        "12345",
        target,
        theme,
        jurisdiction,
        null,
        "");
  }
}
