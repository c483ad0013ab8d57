package org.onewindow.it.filing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onewindow.filing.testing.TestSigner;
import org.onewindow.it.support.Administrators;
import org.onewindow.it.support.HttpJson;
import org.onewindow.it.support.PlatformIT;
import org.onewindow.it.support.Poll;
import org.onewindow.it.support.ServerManagement;

/**
 * Mobile-end filing through the API (issue 18; 000 10): a province's developer drafts, completes
 * and submits; the platform pre-judges checklist 10.3; a filing reviewer decides item by item; the
 * approval issues an SM2-signed record that anyone verifies without logging in — and that is
 * refused, each with its own message and code, when tampered with, revoked, expired or unknown.
 */
@PlatformIT
class FilingIT {

  private static final String API = FilingSetup.API;

  @RegisterExtension static final Administrators administrators = new Administrators();

  private static FilingSetup setup;
  private static TestSigner signer;

  @BeforeAll
  static void aUnitItsDeveloperAndAFilingReviewer() {
    setup = new FilingSetup(administrators, "备案");
    signer = TestSigner.rsa("filing-it");
  }

  @Test
  void aDraftGoesThroughTheChecklistToARecordAnyoneCanVerify() {
    long filing = setup.draft("浙里办");
    JsonObject draft = view(filing);
    assertEquals("DRAFT", draft.getString("status"));
    assertTrue(draft.getJsonArray("missingLabels").toString().contains("应用截图"), draft.toString());
    // 000 10.3 a: an incomplete filing is not submitted, and says what is missing
    HttpJson.Reply early = setup.transition(filing, setup.developer, "submit", "");
    assertEquals(409, early.status(), early.body());
    assertTrue(early.json().getString("msg").contains("安装包"), early.body());
    // people are masked in every view (000 示例8)
    assertEquals("王**", draft.getJsonObject("fields").getString("supervisorName"));
    assertFalse(draft.toString().contains("13912345678"), draft.toString());

    setup.images(filing);
    String packageName = "gov.it.zlb" + suffix();
    assertEquals(200, setup.apk(filing, packageName, 10, signer).status());
    JsonObject complete = view(filing);
    assertEquals(0, complete.getJsonArray("missing").size(), complete.toString());
    assertEquals(packageName, complete.getJsonObject("installPackage").getString("packageName"));
    setup.submit(filing);

    Map<String, String> machine = machineVerdicts(filing);
    assertEquals("PASS", machine.get("a"));
    assertEquals("NOT_APPLICABLE", machine.get("c"));
    assertEquals("PASS", machine.get("f"));
    assertEquals("PASS", machine.get("h"));
    assertEquals("PENDING", machine.get("b"));
    // rules in the service: the submitter never judges, nor is an open checklist approved
    assertEquals(403, setup.transition(filing, setup.developer, "approve", "").status());
    HttpJson.Reply open = setup.transition(filing, setup.reviewer, "approve", "");
    assertEquals(409, open.status(), open.body());

    setup.passAll(filing);
    JsonObject record = setup.approve(filing);
    String number = record.getJsonObject("facts").getString("filingNumber");
    assertTrue(number.matches("110000-\\d{4}-\\d{6}-[0-9X]"), number);
    String signature = record.getString("signature");

    JsonObject valid = verification(number, signature, "zh-CN");
    assertEquals(0, valid.getInt("code"), valid.toString());
    assertEquals("VALID", valid.getJsonObject("data").getString("outcome"));
    assertEquals(
        packageName, valid.getJsonObject("data").getJsonObject("facts").getString("packageName"));

    JsonObject notices = HttpJson.get(API + "/notices", setup.developer).json();
    assertTrue(notices.toString().contains(number), notices.toString());
  }

  @Test
  void aRecordWithOneByteChangedIsRefusedAsTampered() {
    JsonObject record = approved("gov.it.tamper" + suffix());
    String number = record.getJsonObject("facts").getString("filingNumber");
    String signature = record.getString("signature");
    char[] changed = signature.toCharArray();
    changed[20] = changed[20] == 'A' ? 'B' : 'A';
    JsonObject tampered = verification(number, new String(changed), "zh-CN");
    assertEquals(20000, tampered.getInt("code"), tampered.toString());
    assertEquals("TAMPERED", tampered.getJsonObject("data").getString("outcome"));
    assertTrue(tampered.getString("msg").startsWith("备案凭证无效：签名验证未通过"), tampered.toString());
    JsonObject english = verification(number, new String(changed), "en");
    assertTrue(english.getString("msg").contains("signature does not verify"), english.toString());

    // the record presented in full, one fact changed: the signature no longer covers it
    JsonObject facts = record.getJsonObject("facts");
    String presented = jsonWith(facts, "appName", facts.getString("appName") + "X", signature);
    HttpJson.Reply full = HttpJson.postJson(API + "/filing-records/verifications", null, presented);
    assertEquals(400, full.status(), full.body());
    assertEquals("TAMPERED", full.json().getJsonObject("data").getString("outcome"));
    HttpJson.Reply intact =
        HttpJson.postJson(
            API + "/filing-records/verifications",
            null,
            jsonWith(facts, "appName", facts.getString("appName"), signature));
    assertEquals(200, intact.status(), intact.body());
  }

  @Test
  void aRevokedRecordAndAnUnknownNumberAreRefusedEachWithItsOwnMessage() {
    String packageName = "gov.it.revoke" + suffix();
    JsonObject record = approved(packageName);
    String number = record.getJsonObject("facts").getString("filingNumber");
    long filing = filingOf(packageName);
    // only a filing reviewer revokes, and only with a reason
    assertEquals(
        403,
        HttpJson.postJson(
                API + "/filings/" + filing + "/record/revocation",
                setup.developer,
                "{\"reason\":\"证书泄露\"}")
            .status());
    assertEquals(
        400,
        HttpJson.postJson(
                API + "/filings/" + filing + "/record/revocation",
                setup.reviewer,
                "{\"reason\":\" \"}")
            .status());
    HttpJson.Reply revoked =
        HttpJson.postJson(
            API + "/filings/" + filing + "/record/revocation",
            setup.reviewer,
            "{\"reason\":\"签名证书泄露\"}");
    assertEquals(200, revoked.status(), revoked.body());
    JsonObject answer = verification(number, record.getString("signature"), "zh-CN");
    assertEquals(20001, answer.getInt("code"), answer.toString());
    assertEquals("REVOKED", answer.getJsonObject("data").getString("outcome"));
    assertEquals("备案凭证已被撤销", answer.getString("msg"));
    assertEquals("签名证书泄露", answer.getJsonObject("data").getString("revokeReason"));

    JsonObject unknown =
        verification("110000-2026-999999-1", record.getString("signature"), "zh-CN");
    assertEquals(20404, unknown.getInt("code"), unknown.toString());
    assertEquals("UNKNOWN", unknown.getJsonObject("data").getString("outcome"));
  }

  @Test
  void aRecordPastItsValidityIsRefusedAsExpired() throws IOException {
    JsonObject record;
    setValidity("PT3S");
    try {
      record = approved("gov.it.expire" + suffix());
    } finally {
      setValidity(null);
    }
    String number = record.getJsonObject("facts").getString("filingNumber");
    JsonObject expired =
        Poll.until(
            Duration.ofSeconds(60),
            () -> verification(number, record.getString("signature"), "zh-CN"),
            answer -> answer.getInt("code") != 0,
            "the three-second record to expire");
    assertEquals("EXPIRED", expired.getJsonObject("data").getString("outcome"), expired.toString());
    assertEquals("备案凭证已过有效期", expired.getString("msg"));
    assertEquals(20001, expired.getInt("code"));
  }

  @Test
  void anUpgradeMustKeepTheCertificateAndRaiseTheVersionCode() {
    String packageName = "gov.it.upgrade" + suffix();
    approved(packageName);
    long next = setup.draft("浙里办 2");
    // 000 10.3 c: another signer, a lower or the same version code: each refused, draft intact
    HttpJson.Reply otherSigner = setup.apk(next, packageName, 11, TestSigner.rsa("intruder"));
    assertEquals(400, otherSigner.status(), otherSigner.body());
    assertEquals(20000, otherSigner.json().getInt("code"));
    HttpJson.Reply lower = setup.apk(next, packageName, 9, signer);
    assertEquals(400, lower.status(), lower.body());
    HttpJson.Reply same = setup.apk(next, packageName, 10, signer);
    assertEquals(400, same.status(), same.body());
    assertFalse(otherSigner.json().getString("msg").equals(lower.json().getString("msg")));
    assertFalse(view(next).containsKey("installPackage"));
    HttpJson.Reply upgrade = setup.apk(next, packageName, 11, signer);
    assertEquals(200, upgrade.status(), upgrade.body());
    assertEquals(
        11, view(next).getJsonObject("installPackage").getJsonNumber("versionCode").longValue());
  }

  @Test
  void badInputIsRefusedInTheCallersLanguageAndChangesNothing() {
    long filing = setup.draft("坏输入");
    String broken = FilingSetup.fields("坏输入").replace("13912345678", "1391234");
    HttpJson.Reply zh =
        HttpJson.call(
            "PUT",
            API + "/filings/" + filing,
            setup.developer,
            broken,
            "Content-Type",
            "application/json");
    assertEquals(400, zh.status(), zh.body());
    assertEquals(20000, zh.json().getInt("code"));
    assertTrue(zh.json().getString("msg").startsWith("主管联系电话格式不正确"), zh.body());
    HttpJson.Reply en =
        HttpJson.call(
            "PUT",
            API + "/filings/" + filing,
            setup.developer,
            broken,
            "Content-Type",
            "application/json",
            "Accept-Language",
            "en");
    assertTrue(en.json().getString("msg").startsWith("The supervisor's phone is not"), en.body());
    JsonObject kept = HttpJson.get(API + "/filings/" + filing + "/draft", setup.developer).json();
    assertEquals("13912345678", kept.getJsonObject("data").getString("supervisorPhone"));

    HttpJson.Reply notAnApk =
        HttpJson.sendBytes(
            "PUT",
            API + "/filings/" + filing + "/package?platform=android",
            setup.developer,
            "application/octet-stream",
            "PK\u0003\u0004 not a zip at all".getBytes(StandardCharsets.ISO_8859_1),
            "X-File-Name",
            "broken.apk");
    assertEquals(400, notAnApk.status(), notAnApk.body());
    assertFalse(notAnApk.body().contains("Exception"), notAnApk.body());
    assertFalse(view(filing).containsKey("installPackage"));
  }

  @Test
  void aRejectionNamesTheFailedItemsAndTheResubmissionShowsWhatChanged() {
    long filing = setup.draft("整改");
    setup.images(filing);
    assertEquals(200, setup.apk(filing, "gov.it.rectify" + suffix(), 10, signer).status());
    setup.submit(filing);
    assertEquals(409, setup.transition(filing, setup.reviewer, "reject", "").status());
    HttpJson.Reply noNote = setup.judge(filing, "e", "fail", "");
    assertEquals(400, noNote.status(), noNote.body());
    assertEquals(200, setup.judge(filing, "e", "fail", "横屏时底部按钮被遮挡").status());
    HttpJson.Reply rejected = setup.transition(filing, setup.reviewer, "reject", "");
    assertEquals(200, rejected.status(), rejected.body());
    JsonObject after = rejected.json().getJsonObject("data");
    assertEquals("REJECTED", after.getString("status"));
    assertTrue(after.getString("lastReason").contains("e) 横屏时底部按钮被遮挡"), after.toString());

    assertEquals(
        200,
        HttpJson.postJson(API + "/filings/" + filing + "/revisions", setup.developer, "").status());
    String fixed = FilingSetup.fields("整改").replace("首个版本", "修复横屏布局");
    assertEquals(
        200,
        HttpJson.call(
                "PUT",
                API + "/filings/" + filing,
                setup.developer,
                fixed,
                "Content-Type",
                "application/json")
            .status());
    setup.submit(filing);
    List<String> changed =
        HttpJson.get(API + "/filings/" + filing + "/changes", setup.reviewer)
            .json()
            .getJsonArray("data")
            .stream()
            .map(c -> c.asJsonObject().getString("fieldKey"))
            .toList();
    assertEquals(List.of("filing.field.versionNotes"), changed);
    assertEquals("PENDING", machineVerdicts(filing).get("e"), "a new revision is judged anew");
  }

  private static JsonObject approved(String packageName) {
    return setup.approvedFiling("应用" + suffix(), packageName, 10, signer);
  }

  private static long filingOf(String packageName) {
    return HttpJson.get(API + "/filings?text=" + packageName, setup.reviewer)
        .json()
        .getJsonObject("data")
        .getJsonArray("items")
        .getJsonObject(0)
        .getJsonNumber("id")
        .longValue();
  }

  private static JsonObject view(long filing) {
    HttpJson.Reply reply = HttpJson.get(API + "/filings/" + filing, setup.developer);
    assertEquals(200, reply.status(), reply.body());
    return reply.json().getJsonObject("data");
  }

  private static Map<String, String> machineVerdicts(long filing) {
    return HttpJson.get(API + "/filings/" + filing + "/checklist", setup.reviewer)
        .json()
        .getJsonArray("data")
        .stream()
        .map(JsonValue::asJsonObject)
        .collect(
            Collectors.toMap(
                c -> c.getString("item"),
                c ->
                    c.getString("verdict").equals("PENDING")
                        ? c.getString("machineVerdict")
                        : c.getString("verdict")));
  }

  private static JsonObject verification(String number, String signature, String language) {
    return HttpJson.call(
            "GET",
            API
                + "/filing-records/"
                + number
                + "/verification?signature="
                + URLEncoder.encode(signature, StandardCharsets.UTF_8),
            null,
            null,
            "Accept-Language",
            language)
        .json();
  }

  private static String jsonWith(JsonObject facts, String name, String value, String signature) {
    var body = jakarta.json.Json.createObjectBuilder(facts).add(name, value);
    return body.add("signature", signature).build().toString();
  }

  private static void setValidity(String duration) throws IOException {
    ModelNode operation = new ModelNode();
    operation.get("address").add("system-property", "onewindow.filing.record-validity");
    if (duration == null) {
      operation.get("operation").set("remove");
    } else {
      operation.get("operation").set("add");
      operation.get("value").set(duration);
    }
    try (ModelControllerClient management = ServerManagement.client()) {
      ModelNode answer = management.execute(operation);
      assertEquals("success", answer.get("outcome").asString(), answer.toString());
    }
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8).replace("-", "");
  }
}
