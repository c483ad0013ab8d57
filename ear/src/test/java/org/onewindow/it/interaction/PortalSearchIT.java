package org.onewindow.it.interaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onewindow.it.support.Administrators;
import org.onewindow.it.support.AppCentreSetup;
import org.onewindow.it.support.Browser;
import org.onewindow.it.support.HttpJson;
import org.onewindow.it.support.Platform;
import org.onewindow.it.support.PlatformIT;
import org.onewindow.it.support.Poll;
import org.openqa.selenium.By;

/**
 * The portal's search against the real server (issue 20 item 3; 001 7.4; 000 8.1.2 b–c): matters
 * published through the API are found within seconds by pinyin (「shebao」), initials (「sb」), a
 * homophone typo, a sentence with stop words and their code, filtered and counted by department; a
 * banned word is refused with a clear message; a synonym a platform administrator adds applies
 * without a restart or a reindex; suggestions come as one types, in Chromium too. The class makes
 * its own matters, in a department of its own (the filter keeps other data out of the counts).
 */
@PlatformIT
class PortalSearchIT {

  private static final String API = AppCentreSetup.API;
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  /**
   * Hex digits as Chinese characters of one reading each, none starting with the letters the pinyin
   * queries below use (s, b, g, j): a name prefix no other data has, which the pinyin tests cannot
   * match by accident.
   */
  private static final String DIGITS = "零壹贰伍柒壬辛戊午未亥卯寅子丑酉";

  private static final String[] SYLLABLES = {
    "ling", "yi", "er", "wu", "qi", "ren", "xin", "wu", "wu", "wei", "hai", "mao", "yin", "zi",
    "chou", "you"
  };

  @RegisterExtension static final Administrators administrators = new Administrators();

  private static String admin;
  private static String agency;
  private static String unique;
  private static String uniquePinyin;
  private static String socialSecurity;
  private static String fund;
  private static String household;

  @BeforeAll
  static void threeMattersPublishedInADepartmentOfTheirOwn() {
    String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 6);
    StringBuilder chinese = new StringBuilder();
    StringBuilder pinyin = new StringBuilder();
    for (char c : suffix.toCharArray()) {
      int digit = Character.digit(c, 16);
      chinese.append(DIGITS.charAt(digit));
      pinyin.append(SYLLABLES[digit]);
    }
    unique = chinese.toString();
    uniquePinyin = pinyin.toString();
    agency = "搜索测试局" + unique;
    String unit = "搜索测试单位" + suffix;
    String developer = administrators.developerOf(unit).consoleToken();
    admin = administrators.platformAdmin().consoleToken();
    String basicCode = "ITS" + suffix.toUpperCase(Locale.ROOT) + "00";
    HttpJson.Reply kept =
        HttpJson.putJson(
            API + "/catalogue/" + basicCode,
            admin,
            "{\"name\":\"社会保障卡申领\",\"matterType\":\"公共服务\","
                + "\"settingBasis\":\"《中华人民共和国社会保险法》\",\"exerciseLevels\":\"省级、市级\"}");
    assertEquals(200, kept.status(), kept.body());
    socialSecurity = publish(developer, basicCode, unique + "社保卡申领");
    fund = publish(developer, basicCode, unique + "公积金提取");
    household = publish(developer, basicCode, unique + "户籍迁入登记");
    // published matters reach the index from the matter feed within seconds
    Poll.until(
        PATIENCE,
        () -> codes(search("", "")),
        found -> found.containsAll(List.of(socialSecurity, fund, household)),
        "the three matters indexed");
  }

  @Test
  void pinyinAndItsInitialsFindSheBao() {
    assertEquals(List.of(socialSecurity), codes(search("shebao", "")));
    assertEquals(List.of(socialSecurity), codes(search("sb", "")));
    assertEquals(List.of(fund), codes(search("gjj", "")));
    // a homophone typed by mistake (社宝) has the same syllables (容错)
    assertTrue(codes(search("社宝卡", "")).contains(socialSecurity));
  }

  @Test
  void wordsSentencesWithStopWordsAndCodesFindTheMatter() {
    assertEquals(socialSecurity, codes(search("社保卡", "")).get(0));
    // 如何 is a stop word (the migration's lexicon): left out
    JsonObject sentence = search("如何" + unique + "社保卡申领", "").getJsonObject("data");
    assertEquals(socialSecurity, codes(sentence).get(0), sentence.toString());
    assertFalse(sentence.getString("query").contains("如何"));
    // the 实施编码 finds the matter first, even without the department's filter
    JsonObject byCode = searchAll(socialSecurity);
    assertEquals(socialSecurity, codes(byCode).get(0), byCode.toString());
  }

  @Test
  void resultsAreCountedByDepartmentAndCategoryAndLinkToTheMatterPage() {
    JsonObject all = search("", "").getJsonObject("data");
    assertEquals(3, all.getInt("total"), all.toString());
    JsonObject department = all.getJsonArray("departments").getJsonObject(0);
    assertEquals(agency, department.getString("value"));
    assertEquals(3, department.getInt("count"));
    JsonObject category = all.getJsonArray("categories").getJsonObject(0);
    assertEquals("PUBLIC_SERVICE", category.getString("value"));
    assertEquals("公共服务", category.getString("label"));
    JsonObject region = all.getJsonArray("regions").getJsonObject(0);
    assertEquals("110000", region.getString("value"));
    // sorted by name: 公积金… before 户籍… before 社保… in code-point order of the same prefix
    JsonObject byName = search("", "&sort=name").getJsonObject("data");
    assertEquals(List.of(fund, household, socialSecurity), codes(byName));
    // filters that leave nothing, and a bad sort refused in the envelope
    assertEquals(0, search("", "&target=LEGAL_PERSON").getJsonObject("data").getInt("total"));
    HttpJson.Reply badSort = HttpJson.get(API + "/search?q=x&sort=price", null);
    assertEquals(400, badSort.status(), badSort.body());
    assertEquals(20000, badSort.json().getInt("code"));
  }

  @Test
  void aBannedWordIsRefusedWithAClearMessage() {
    HttpJson.Reply refused = HttpJson.get(API + "/search?q=" + encode("网上赌博平台"), null);
    assertEquals(400, refused.status(), refused.body());
    assertEquals(20000, refused.json().getInt("code"));
    assertTrue(refused.json().getString("msg").contains("禁止搜索"), refused.body());
    // the banned word is not repeated back
    assertFalse(refused.json().getString("msg").contains("赌博"));
    HttpJson.Reply english =
        HttpJson.call(
            "GET", API + "/search?q=" + encode("赌 博"), null, null, "Accept-Language", "en");
    assertTrue(english.json().getString("msg").contains("may not be searched"), english.body());
    assertTrue(suggest("赌博").isEmpty());
  }

  @Test
  void aSynonymTheAdministratorAddsAppliesWithoutARestart() {
    String word = "落户";
    String query = "落户登记";
    assertEquals(0, search(query, "").getJsonObject("data").getInt("total"));
    HttpJson.Reply added =
        HttpJson.postJson(
            API + "/search-words",
            admin,
            Json.createObjectBuilder()
                .add("kind", "SYNONYM")
                .add("word", word)
                .add("synonyms", "户籍迁入")
                .build()
                .toString());
    assertEquals(201, added.status(), added.body());
    long id = added.json().getJsonObject("data").getJsonNumber("id").longValue();
    try {
      Poll.until(
          PATIENCE,
          () -> codes(search(query, "")),
          found -> found.equals(List.of(household)),
          "the synonym in force");
      // only platform administrators keep the lexicon (the service's rule)
      String developer = administrators.developerOf("搜索测试其他单位" + unique).consoleToken();
      assertEquals(403, HttpJson.get(API + "/search-words", developer).status());
      assertEquals(
          409,
          HttpJson.postJson(
                  API + "/search-words",
                  admin,
                  "{\"kind\":\"SYNONYM\",\"word\":\"" + word + "\",\"synonyms\":\"迁入\"}")
              .status());
    } finally {
      assertEquals(200, HttpJson.delete(API + "/search-words/" + id, admin).status());
    }
    Poll.until(
        PATIENCE,
        () -> search(query, "").getJsonObject("data").getInt("total"),
        total -> total == 0,
        "the synonym removed");
  }

  @Test
  void suggestionsComeAsOneTypesByCharactersOrPinyin() {
    String typed = unique.substring(0, 3);
    assertTrue(suggest(typed).contains(unique + "社保卡申领"), suggest(typed)::toString);
    String pinyinTyped = uniquePinyin.substring(0, uniquePinyin.length() - 2);
    assertTrue(
        suggest(pinyinTyped).stream().anyMatch(s -> s.startsWith(unique)),
        () -> pinyinTyped + " → " + suggest(pinyinTyped));
  }

  @Test
  void hotWordsCountTheQueries() {
    String hot = unique + "公积金";
    for (int i = 0; i < 12; i++) {
      assertEquals(1, search(hot, "").getJsonObject("data").getInt("total"));
    }
    Poll.until(
        Duration.ofSeconds(90),
        PortalSearchIT::hotWords,
        words -> words.contains(hot.toLowerCase(Locale.ROOT)),
        "the searched words among the hot words");
    // the administrators' hot words come first (the migration's)
    assertEquals("社保", hotWords().get(0));
  }

  @Test
  void aPersonTypesInTheHeaderSeesASuggestionAndFindsTheMatter() {
    try (Browser browser = new Browser()) {
      browser.open(Platform.BASE_URL + "/portal/");
      browser.type(By.id("headerQ"), unique.substring(0, 3));
      browser.waitForText(By.id("headerSuggestions"), unique + "社保卡申领");
      browser.screenshot("portal-search-suggestion");
      browser.click(By.linkText(unique + "社保卡申领"));
      browser.waitForText(By.id("results"), unique + "社保卡申领");
      String href = browser.find(By.cssSelector("#results a.ow-result-name")).getAttribute("href");
      assertTrue(href.endsWith("matter.xhtml?code=" + socialSecurity), href);
      browser.screenshot("portal-search-results");
      assertTrue(browser.contentSecurityPolicyViolations().isEmpty());

      browser.open(
          Platform.BASE_URL
              + "/portal/search.xhtml?q="
              + encode("shebao")
              + "&agency="
              + encode(agency));
      browser.waitForText(By.id("results"), unique + "社保卡申领");
      browser.waitForText(By.id("facetDepartments"), agency);

      browser.open(Platform.BASE_URL + "/portal/search.xhtml?q=" + encode("赌博"));
      browser.waitForText(By.id("searchRefusal"), "禁止搜索");
      browser.screenshot("portal-search-banned");
    }
  }

  private static String publish(String developer, String basicCode, String name) {
    String code =
        "ITSEARCH" + UUID.randomUUID().toString().replace("-", "").toUpperCase(Locale.ROOT);
    HttpJson.Reply created =
        HttpJson.postJson(API + "/matters", developer, matter(code, basicCode, name));
    assertEquals(201, created.status(), created.body());
    assertEquals(200, transition(code, developer, "submit").status());
    HttpJson.Reply approved = transition(code, admin, "approve");
    assertEquals(200, approved.status(), approved.body());
    return code;
  }

  private static HttpJson.Reply transition(String code, String token, String action) {
    return HttpJson.postJson(
        API + "/matters/" + code + "/transitions",
        token,
        Json.createObjectBuilder().add("action", action).add("reason", "").build().toString());
  }

  private static String matter(String code, String basicCode, String name) {
    return Json.createObjectBuilder()
        .add("implementationCode", code)
        .add("basicCode", basicCode)
        .add("name", name)
        .add("matterType", "PUBLIC_SERVICE")
        .add("settingBasis", "《中华人民共和国社会保险法》")
        .add("exerciseLevel", "MUNICIPAL")
        .add("agency", agency)
        .add("agencyCode", "11100000000013127D")
        .add("divisionCode", "110000")
        .add("statutoryLimitDays", 20)
        .add("promisedLimitDays", 5)
        .add("onsiteVisits", 0)
        .add("acceptanceConditions", "本人申请")
        .add(
            "materials",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("name", "居民身份证")
                        .add("form", "paper")
                        .add("copies", 1)
                        .add("required", true)))
        .add("process", "申请、受理、审核、办结")
        .add("charged", false)
        .add("chargeStandard", "")
        .add("chargeItem", "")
        .add("handlingType", "PROMISED")
        .add("location", "市民中心")
        .add("officeHours", "工作日 9:00-17:00")
        .add("consultation", "12345")
        .add("faq", "")
        .add("complaint", "12345政务服务便民热线")
        .add("target", "NATURAL_PERSON")
        .add("theme", "SOCIAL_SECURITY")
        .add("jurisdiction", "CROSS_REGION")
        .add("onlineUrl", "")
        .build()
        .toString();
  }

  /** A search in this class's department, without a token (the search is public). */
  private static JsonObject search(String q, String more) {
    HttpJson.Reply reply =
        HttpJson.get(
            API + "/search?limit=50&q=" + encode(q) + "&agency=" + encode(agency) + more, null);
    assertEquals(200, reply.status(), reply.body());
    return reply.json();
  }

  private static JsonObject searchAll(String q) {
    HttpJson.Reply reply = HttpJson.get(API + "/search?q=" + encode(q), null);
    assertEquals(200, reply.status(), reply.body());
    return reply.json().getJsonObject("data");
  }

  private static List<String> codes(JsonObject envelopeOrData) {
    JsonObject data =
        envelopeOrData.containsKey("data") ? envelopeOrData.getJsonObject("data") : envelopeOrData;
    return data.getJsonArray("hits").stream()
        .map(JsonValue::asJsonObject)
        .map(h -> h.getString("code"))
        .toList();
  }

  private static List<String> suggest(String typed) {
    HttpJson.Reply reply = HttpJson.get(API + "/search/suggestions?q=" + encode(typed), null);
    assertEquals(200, reply.status(), reply.body());
    return strings(reply.json());
  }

  private static List<String> hotWords() {
    return strings(HttpJson.get(API + "/search/hot-words", null).json());
  }

  private static List<String> strings(JsonObject envelope) {
    return envelope.getJsonArray("data").getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
