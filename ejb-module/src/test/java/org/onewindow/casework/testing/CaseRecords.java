package org.onewindow.casework.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.onewindow.casework.domain.CaseFields;
import org.onewindow.casework.domain.CreditCode;
import org.onewindow.crypto.mask.IdCardNumber;
import org.onewindow.exchange.ExchangeRecord;

/**
 * Realistic case records (004 表1) made deterministically: record {@code i} of a seed is always the
 * same, whichever range it is generated in, so a million records can be written in slices and any
 * one regenerated to check it. Every record is valid: resident ID numbers with their GB 11643 check
 * character and a real birth date, GB 32100 credit codes, mainland mobile numbers, Chinese names
 * family name first, stage times in order. The case number depends on {@code i} alone ({@link
 * #caseNo}), so two seeds give different contents for the same cases; {@code updated_at} lies after
 * the last stage time — use {@link #withVersion} to make a newer version of a record.
 *
 * <p>About 20 % of applicants are legal persons, 10 % of cases still at 受理 or 审查, 10 % decided but
 * not concluded, the rest concluded; a third of the results are posted (with an address).
 */
public final class CaseRecords {

  private static final String[] FAMILY_NAMES = {
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高",
    "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁",
    "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "欧阳", "司马", "诸葛"
  };

  private static final String[] GIVEN_CHARACTERS = {
    "伟", "芳", "娜", "秀", "英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明",
    "超", "霞", "平", "刚", "桂", "兰", "文", "辉", "玲", "华", "红", "建", "国", "志", "海", "鹏", "宇", "欣"
  };

  /** Divisions of GB/T 2260 with a city and district for addresses. */
  private static final String[][] DIVISIONS = {
    {"110105", "北京市朝阳区"},
    {"110108", "北京市海淀区"},
    {"310104", "上海市徐汇区"},
    {"330106", "浙江省杭州市西湖区"},
    {"440305", "广东省深圳市南山区"},
    {"510107", "四川省成都市武侯区"},
    {"420106", "湖北省武汉市武昌区"},
    {"320102", "江苏省南京市玄武区"}
  };

  private static final String[][] DEPARTMENTS = {
    {"11330100002482311M", "杭州市市场监督管理局", "330100"},
    {"11330100002482362P", "杭州市公安局", "330100"},
    {"11330106002505555X", "杭州市西湖区行政审批局", "330106"},
    {"11440300007542811J", "深圳市人力资源和社会保障局", "440300"},
    {"11110105000010375K", "北京市朝阳区民政局", "110105"},
    {"11310104002424405T", "上海市徐汇区卫生健康委员会", "310104"}
  };

  private static final String[][] MATTERS = {
    {"11330100002482311M4000111009000", "食品经营许可"},
    {"11330100002482311M4000111010000", "药品零售企业许可"},
    {"11330100002482362P3000211001000", "居民身份证换领"},
    {"11330106002505555X4000113002000", "建设工程规划许可证核发"},
    {"11440300007542811J2000411005000", "失业保险金申领"},
    {"11110105000010375K3000318003000", "最低生活保障待遇审批"},
    {"11310104002424405T4000116001000", "医疗机构执业登记"}
  };

  private static final String[] MATERIALS = {
    "申请书", "身份证明", "营业执照副本", "经营场所证明", "法定代表人身份证明", "授权委托书", "户口簿", "收入证明", "平面布局图"
  };

  private static final String[] STREETS = {"文三路", "建国路", "人民路", "解放路", "中山路", "科技园路"};

  private static final String[] ORGANISATION_SUFFIXES = {
    "科技有限公司", "餐饮管理有限公司", "商贸有限公司", "医药连锁有限公司"
  };

  private static final Instant EARLIEST_ACCEPTANCE = Instant.parse("2024-01-01T00:00:00Z");
  private static final long ACCEPTANCE_SPAN_SECONDS = Duration.ofDays(700).toSeconds();

  private CaseRecords() {}

  /** The case number of record {@code index}: 20 characters, the same for every seed. */
  public static String caseNo(long index) {
    return String.format("OW%018d", index);
  }

  /**
   * Records {@code from} to {@code from + count - 1} of {@code seed} as field maps, each in the
   * exchange order of {@link CaseFields#ORDER} (fields without a value left out).
   */
  public static List<Map<String, String>> generate(long seed, long from, int count) {
    List<Map<String, String>> records = new ArrayList<>(count);
    for (long i = from; i < from + count; i++) {
      records.add(fields(seed, i));
    }
    return records;
  }

  /** The same records as {@link #generate}, as exchange records keyed by case number. */
  public static List<ExchangeRecord> records(long seed, long from, int count) {
    List<ExchangeRecord> records = new ArrayList<>(count);
    for (Map<String, String> fields : generate(seed, from, count)) {
      records.add(record(fields));
    }
    return records;
  }

  /** The exchange record of a field map {@link #generate} made (or one changed from it). */
  public static ExchangeRecord record(Map<String, String> fields) {
    return new ExchangeRecord(
        fields.get(CaseFields.CASE_NO), Instant.parse(fields.get(CaseFields.UPDATED_AT)), fields);
  }

  /** {@code fields} with another {@code updated_at}, in the same order. */
  public static Map<String, String> withVersion(Map<String, String> fields, Instant updatedAt) {
    Map<String, String> changed = new LinkedHashMap<>(fields);
    changed.put(CaseFields.UPDATED_AT, updatedAt.toString());
    return changed;
  }

  /** Record {@code index} of {@code seed}. */
  public static Map<String, String> fields(long seed, long index) {
    SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
    Map<String, String> fields = new LinkedHashMap<>();
    String[] matter = pick(random, MATTERS);
    String[] department = departmentOf(matter);
    String[] home = pick(random, DIVISIONS);
    fields.put(CaseFields.CASE_NO, caseNo(index));
    fields.put(CaseFields.MATTER_CODE, matter[0]);
    fields.put(CaseFields.MATTER_NAME, matter[1]);
    fields.put(CaseFields.DEPARTMENT_CODE, department[0]);
    fields.put(CaseFields.DEPARTMENT_NAME, department[1]);
    fields.put(CaseFields.DIVISION_CODE, department[2]);
    boolean legalPerson = random.nextInt(5) == 0;
    String person = personName(random);
    fields.put(CaseFields.APPLICANT_TYPE, legalPerson ? "LEGAL_PERSON" : "NATURAL_PERSON");
    fields.put(CaseFields.APPLICANT_NAME, legalPerson ? organisationName(random, home[1]) : person);
    fields.put(CaseFields.APPLICANT_ID_TYPE, "RESIDENT_ID_CARD");
    fields.put(CaseFields.APPLICANT_ID_NUMBER, idNumber(random, home[0]));
    if (legalPerson) {
      fields.put(CaseFields.APPLICANT_USCC, creditCode(random, home[0]));
    }
    fields.put(CaseFields.APPLICANT_PHONE, mobile(random));
    fields.put(CaseFields.MATERIALS, materials(random));
    Instant time = EARLIEST_ACCEPTANCE.plusSeconds(random.nextLong(ACCEPTANCE_SPAN_SECONDS));
    int reached = stagesReached(random);
    String[] stageFields = {
      CaseFields.ACCEPTED_AT, CaseFields.REVIEWED_AT, CaseFields.DECIDED_AT, CaseFields.CONCLUDED_AT
    };
    String[] handlerFields = {
      CaseFields.ACCEPTED_BY, CaseFields.REVIEWED_BY, CaseFields.DECIDED_BY, CaseFields.CONCLUDED_BY
    };
    for (int stage = 0; stage < reached; stage++) {
      if (stage > 0) {
        time = time.plusSeconds(600 + random.nextLong(Duration.ofDays(5).toSeconds()));
      }
      fields.put(stageFields[stage], time.toString());
      fields.put(handlerFields[stage], "窗口" + (1 + random.nextInt(30)) + "号");
    }
    if (reached >= 3) {
      int roll = random.nextInt(100);
      String result = roll < 85 ? "GRANTED" : roll < 95 ? "DENIED" : "WITHDRAWN";
      fields.put(CaseFields.RESULT, result);
      if (!result.equals("WITHDRAWN")) {
        fields.put(
            CaseFields.RESULT_DOC_NO,
            "杭审字〔" + time.toString().substring(0, 4) + "〕" + (1 + random.nextInt(99_999)) + "号");
      }
      int delivery = random.nextInt(3);
      fields.put(
          CaseFields.DELIVERY_METHOD,
          delivery == 0 ? "WINDOW" : delivery == 1 ? "POST" : "ELECTRONIC");
      if (delivery == 1) {
        fields.put(
            CaseFields.DELIVERY_ADDRESS,
            home[1] + pick(random, STREETS) + (1 + random.nextInt(300)) + "号");
      }
    }
    fields.put(CaseFields.UPDATED_AT, time.plusSeconds(60 + random.nextInt(3600)).toString());
    return ordered(fields);
  }

  /** The department whose code the matter's implementation code begins with. */
  private static String[] departmentOf(String[] matter) {
    for (String[] department : DEPARTMENTS) {
      if (matter[0].startsWith(department[0])) {
        return department;
      }
    }
    throw new IllegalStateException("no department for " + matter[0]);
  }

  /** 10 % at 受理 or 审查, 10 % decided, 80 % concluded. */
  private static int stagesReached(SplittableRandom random) {
    int roll = random.nextInt(100);
    return roll < 5 ? 1 : roll < 10 ? 2 : roll < 20 ? 3 : 4;
  }

  private static String personName(SplittableRandom random) {
    StringBuilder name = new StringBuilder(pick(random, FAMILY_NAMES));
    int given = 1 + random.nextInt(2);
    for (int i = 0; i < given; i++) {
      name.append(pick(random, GIVEN_CHARACTERS));
    }
    return name.toString();
  }

  private static String organisationName(SplittableRandom random, String place) {
    return place.substring(0, 3)
        + pick(random, GIVEN_CHARACTERS)
        + pick(random, GIVEN_CHARACTERS)
        + pick(random, ORGANISATION_SUFFIXES);
  }

  /** GB 11643: address code, birth date (1950–2005), sequence and the MOD 11-2 check character. */
  private static String idNumber(SplittableRandom random, String division) {
    long birthDay = random.nextLong(-7305, 12_784); // 1950-01-01 to 2004-12-31
    String birth = java.time.LocalDate.ofEpochDay(birthDay).toString().replace("-", "");
    String first17 = division + birth + String.format("%03d", random.nextInt(1000));
    return first17 + IdCardNumber.checkCharacter(first17);
  }

  /** GB 32100: 9 (registered by market regulation), 1 (enterprise), division, org code, check. */
  private static String creditCode(SplittableRandom random, String division) {
    StringBuilder first17 = new StringBuilder("91").append(division);
    for (int i = 0; i < 9; i++) {
      first17.append(random.nextInt(10));
    }
    return first17.toString() + CreditCode.checkCharacter(first17.toString());
  }

  private static String mobile(SplittableRandom random) {
    String[] prefixes = {
      "130", "133", "135", "136", "138", "139", "150", "158", "186", "189", "199"
    };
    return pick(random, prefixes) + String.format("%08d", random.nextInt(100_000_000));
  }

  private static String materials(SplittableRandom random) {
    int count = 1 + random.nextInt(4);
    int start = random.nextInt(MATERIALS.length);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      names.add(MATERIALS[(start + i) % MATERIALS.length]);
    }
    return String.join(CaseFields.MATERIAL_SEPARATOR, names);
  }

  private static Map<String, String> ordered(Map<String, String> fields) {
    Map<String, String> ordered = new LinkedHashMap<>();
    for (String name : CaseFields.ORDER) {
      String value = fields.get(name);
      if (value != null) {
        ordered.put(name, value);
      }
    }
    return ordered;
  }

  private static <T> T pick(SplittableRandom random, T[] values) {
    return values[random.nextInt(values.length)];
  }
}
