package org.onewindow.demo.matter;

import static org.onewindow.demo.DemoResources.text;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.onewindow.demo.DemoAccessUnits;
import org.onewindow.demo.DemoResources;
import org.onewindow.matter.domain.MaterialDraft;
import org.onewindow.matter.domain.MatterCodes;
import org.onewindow.matter.domain.MatterDraft;

/**
 * DEMO and benchmark data: implementation-list items made deterministically from {@link
 * MatterTemplates} for administrative divisions (GB/T 2260) — each template at every division whose
 * level exercises it, with its agency, its 统一社会信用代码 (GB 32100 check character), codes, materials,
 * limits and fees. The same input always gives the same items in the same order.
 *
 * <p>As a program it writes benchmark files of the exchange format (docs/wire-formats.md §6):
 *
 * <pre>
 * mvn -o -q -pl demo-data -am package -DskipTests
 * mvn -o -q -pl demo-data dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp "demo-data/target/classes:ejb-module/target/classes:$(cat demo-data/target/cp.txt)" \
 *     org.onewindow.demo.matter.MatterGenerator target/matters 100000
 * </pre>
 *
 * which writes {@code catalogue.jsonl} (basic catalogue records, one per item, for {@code
 * MatterExchangeService.upsertCatalogue} through the sync job) and {@code implementation.jsonl}
 * (the implementation-list records as the implementation feed writes them), one JSON object per
 * line. For the benchmark every item gets a basic code of its own (a local sub-item of the
 * template's national code), so that 100,000 catalogue records are 100,000 distinct keys.
 */
public final class MatterGenerator {

  /** The version the generated records carry: a fixed instant, one second apart. */
  static final Instant EPOCH = Instant.parse("2026-11-01T00:00:00Z");

  /**
   * A basic catalogue item to seed.
   *
   * @param levels comma-separated level names
   */
  public record CatalogueSeed(
      String basicCode, String name, String matterType, String settingBasis, String levels) {}

  /** One generated item: its catalogue item, the access unit that keeps it, its elements. */
  public record Item(CatalogueSeed catalogue, String ownerUnit, MatterDraft draft) {}

  /**
   * The province-level divisions that are municipalities (直辖市: Beijing, Tianjin, Shanghai,
   * Chongqing; GB/T 2260): their agencies carry the local names (公安局, not 公安厅).
   */
  private static final Set<String> MUNICIPALITIES = Set.of("110000", "120000", "310000", "500000");

  private MatterGenerator() {}

  /**
   * The items of {@code divisions} (code, name), in order, at most {@code limit}.
   *
   * @param perItemCatalogue whether each item gets a basic code of its own (benchmark) or the
   *     template's national one (the demo)
   */
  public static List<Item> items(List<String[]> divisions, boolean perItemCatalogue, int limit) {
    List<Item> items = new ArrayList<>();
    for (String[] division : divisions) {
      String level = levelOf(division[0]);
      for (int i = 0; i < MatterTemplates.TEMPLATES.size() && items.size() < limit; i++) {
        MatterTemplates.Template t = MatterTemplates.TEMPLATES.get(i);
        if (t.levels().contains(level.substring(0, 1))) {
          items.add(item(t, i, division, level, perItemCatalogue));
        }
      }
      if (items.size() >= limit) {
        break;
      }
    }
    return items;
  }

  private static Item item(
      MatterTemplates.Template t,
      int index,
      String[] division,
      String level,
      boolean perItemCatalogue) {
    MatterTemplates.Department d = MatterTemplates.department(t.department());
    String code = division[0];
    String place = division[1];
    String basicCode =
        perItemCatalogue
            ? String.format("%s%03d%s", d.code(), index, code) + "0"
            : String.format("0%s%03d001000", d.code(), index);
    String first17 = "11" + code + d.code() + "0" + code.substring(0, 6);
    String agencyCode = first17 + MatterCodes.creditCheckCharacter(first17);
    String implementationCode = agencyCode + basicCode + "01";
    boolean provincial = level.equals("PROVINCIAL") && !MUNICIPALITIES.contains(code);
    String agency = place + (provincial ? d.provincial() : d.local());
    boolean charged = !t.fee().isEmpty();
    String[] fee = charged ? t.fee().split(";") : new String[] {"", ""};
    boolean immediate = t.handling().equals("IMMEDIATE");
    MatterDraft draft =
        new MatterDraft(
            implementationCode,
            basicCode,
            t.name(),
            t.type(),
            d.basis(),
            level,
            agency,
            agencyCode,
            code,
            t.statutory(),
            t.promised(),
            t.visits(),
            text("matter.acceptanceConditions", t.name()),
            materials(t.materials()),
            immediate ? text("matter.process.immediate") : text("matter.process.promised"),
            charged,
            fee[1],
            fee[0],
            t.handling(),
            text("matter.location", place, agency),
            text("matter.officeHours"),
            text("matter.consultation", agency),
            t.visits() == 0
                ? text("matter.faq.online")
                : text("matter.faq.onsite", String.valueOf(t.visits())),
            text("matter.complaint", place),
            t.target(),
            t.theme(),
            t.jurisdiction(),
            t.realNameLevel(),
            "https://www.gjzwfw.gov.cn/fwmh/item/" + implementationCode);
    CatalogueSeed catalogue =
        new CatalogueSeed(basicCode, t.name(), t.type(), d.basis(), levelsOf(t.levels()));
    return new Item(catalogue, ownerUnit(code), draft);
  }

  private static List<MaterialDraft> materials(String text) {
    List<MaterialDraft> materials = new ArrayList<>();
    if (text.isEmpty()) {
      return materials;
    }
    for (String part : text.split(";")) {
      String[] m = part.split(":");
      String form =
          switch (m[1]) {
            case "E" -> "ELECTRONIC";
            case "B" -> "PAPER_AND_ELECTRONIC";
            default -> "PAPER";
          };
      materials.add(new MaterialDraft(m[0], form, 1, true));
    }
    return materials;
  }

  /** The access unit that keeps a division's items: its province's service authority. */
  static String ownerUnit(String divisionCode) {
    String province = divisionCode.substring(0, 2);
    return DemoAccessUnits.UNITS.stream()
        .filter(unit -> unit[1].startsWith(province))
        .map(unit -> unit[0])
        .findFirst()
        .orElseGet(() -> text("matter.ownerUnit.other", province));
  }

  /** GB/T 2260: xx0000 a province, xxyy00 a prefecture, anything else a county. */
  static String levelOf(String code) {
    if (code.endsWith("0000")) {
      return "PROVINCIAL";
    }
    return code.endsWith("00") ? "MUNICIPAL" : "COUNTY";
  }

  private static String levelsOf(String letters) {
    List<String> levels = new ArrayList<>();
    if (letters.contains("P")) {
      levels.add("PROVINCIAL");
    }
    if (letters.contains("M")) {
      levels.add("MUNICIPAL");
    }
    if (letters.contains("C")) {
      levels.add("COUNTY");
    }
    return String.join(",", levels);
  }

  /** Every division of the bundled GB/T 2260 table, in its order: code and name. */
  public static List<String[]> bundledDivisions() {
    return DemoResources.rows("org/onewindow/region/divisions.tsv").stream()
        .map(parts -> new String[] {parts[0].strip(), parts[1].strip()})
        .toList();
  }

  /** The divisions of those codes, in the order given, named as the bundled table names them. */
  static List<String[]> bundledDivisions(String... codes) {
    Map<String, String> names = new LinkedHashMap<>();
    bundledDivisions().forEach(division -> names.put(division[0], division[1]));
    return Stream.of(codes)
        .map(
            code -> {
              if (!names.containsKey(code)) {
                throw new IllegalArgumentException("not in the bundled division table: " + code);
              }
              return new String[] {code, names.get(code)};
            })
        .toList();
  }

  /** Writes the benchmark files: {@code <dir> [count]} (default 100,000). */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "target/matters");
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    Files.createDirectories(dir);
    List<Item> items = items(bundledDivisions(), true, count);
    try (BufferedWriter catalogue = Files.newBufferedWriter(dir.resolve("catalogue.jsonl"));
        BufferedWriter implementation =
            Files.newBufferedWriter(dir.resolve("implementation.jsonl"))) {
      for (int i = 0; i < items.size(); i++) {
        Instant version = EPOCH.plusSeconds(i);
        catalogue.write(json(catalogueFields(items.get(i).catalogue(), version)));
        catalogue.newLine();
        implementation.write(json(implementationFields(items.get(i), version)));
        implementation.newLine();
      }
    }
    System.out.println(items.size() + " matters written to " + dir.toAbsolutePath());
  }

  static Map<String, String> catalogueFields(CatalogueSeed c, Instant version) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("basic_code", c.basicCode());
    f.put("name", c.name());
    f.put("matter_type", c.matterType());
    f.put("setting_basis", c.settingBasis());
    f.put("exercise_level", c.levels());
    f.put("updated_at", version.toString());
    return f;
  }

  static Map<String, String> implementationFields(Item item, Instant version) {
    MatterDraft d = item.draft();
    Map<String, String> f = new LinkedHashMap<>();
    f.put("implementation_code", d.implementationCode());
    f.put("version_number", "1");
    f.put("status", "published");
    f.put("basic_code", d.basicCode());
    f.put("name", d.name());
    f.put("matter_type", d.matterType());
    f.put("setting_basis", d.settingBasis());
    f.put("exercise_level", d.exerciseLevel());
    f.put("agency", d.agency());
    f.put("agency_code", d.agencyCode());
    f.put("division_code", d.divisionCode());
    f.put("statutory_limit_days", String.valueOf(d.statutoryLimitDays()));
    f.put("promised_limit_days", String.valueOf(d.promisedLimitDays()));
    f.put("onsite_visits", String.valueOf(d.onsiteVisits()));
    f.put("acceptance_conditions", d.acceptanceConditions());
    StringBuilder materials = new StringBuilder("[");
    for (MaterialDraft m : d.materials()) {
      Map<String, String> one = new LinkedHashMap<>();
      one.put("name", m.name());
      one.put("form", m.form());
      materials
          .append(materials.length() > 1 ? "," : "")
          .append(json(one), 0, json(one).length() - 1)
          .append(",\"copies\":")
          .append(m.copies())
          .append(",\"required\":")
          .append(m.required())
          .append('}');
    }
    f.put("materials", materials.append(']').toString());
    f.put("process", d.process());
    f.put("charged", String.valueOf(d.charged()));
    if (Boolean.TRUE.equals(d.charged())) {
      f.put("charge_standard", d.chargeStandard());
      f.put("charge_item", d.chargeItem());
    }
    f.put("handling_type", d.handlingType());
    f.put("location", d.location());
    f.put("office_hours", d.officeHours());
    f.put("consultation", d.consultation());
    f.put("faq", d.faq());
    f.put("complaint", d.complaint());
    f.put("target", d.target());
    f.put("theme", d.theme());
    f.put("jurisdiction", d.jurisdiction());
    f.put("real_name_level", String.valueOf(d.realNameLevel()));
    f.put("online_url", d.onlineUrl());
    f.put("owner_unit", item.ownerUnit());
    f.put("published_at", version.toString());
    f.put("updated_at", version.toString());
    return f;
  }

  /** One flat JSON object of strings (RFC 8259 escapes). */
  static String json(Map<String, String> fields) {
    StringBuilder out = new StringBuilder("{");
    fields.forEach(
        (name, value) -> {
          if (out.length() > 1) {
            out.append(',');
          }
          quote(out, name).append(':');
          quote(out, value);
        });
    return out.append('}').toString();
  }

  private static StringBuilder quote(StringBuilder out, String text) {
    out.append('"');
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"');
  }
}
