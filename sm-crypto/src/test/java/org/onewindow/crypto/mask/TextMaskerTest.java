package org.onewindow.crypto.mask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextMaskerTest {

  @Test
  void masksEverySensitiveValueOfALogLineAndLeavesTheRestIntact() {
    // 003 6.3.2.1 d: 日志打印时，应脱敏打印姓名、身份证号、密钥等敏感数据.
    String line =
        "2024-05-01 10:15:30.123 INFO [exec-3] 用户提交办件申请，身份证号11010519491231002X，"
            + "手机13900001234，邮箱zhangsanfeng@qq.com，password=secret123，"
            + "订单号202405011234567890已受理";
    String masked = TextMasker.mask(line);

    for (String raw :
        List.of("11010519491231002X", "13900001234", "zhangsanfeng", "secret123", "0000123")) {
      assertFalse(masked.contains(raw), () -> raw + " left in " + masked);
    }
    assertEquals(
        "2024-05-01 10:15:30.123 INFO [exec-3] 用户提交办件申请，身份证号1101**************，"
            + "手机1390*******，邮箱z***********@qq.com，password=******，"
            + "订单号202405011234567890已受理",
        masked);
  }

  @Test
  void masksTheValuesOfSensitiveKeysInJson() {
    String json =
        "{\"name\":\"张三\",\"idCard\":\"110101199003074514\",\"mobile\":\"13900001234\","
            + "\"address\":\"北京市朝阳区建国路88号\",\"token\":\"eyJhbGciOiJTTTIifQ\","
            + "\"status\":\"OK\"}";
    assertEquals(
        "{\"name\":\"张*\",\"idCard\":\"1101**************\",\"mobile\":\"1390*******\","
            + "\"address\":\"北京市朝阳区******\",\"token\":\"******\",\"status\":\"OK\"}",
        TextMasker.mask(json));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "realName=张三 ok | realName=张* ok",
        "REAL_NAME: 李小龙; | REAL_NAME: 李**;",
        "accessToken=abc.def&x=1 | accessToken=******&x=1",
        "apiKey='k-1' | apiKey='******'",
        "pwd=\"a b\" end | pwd=\"******\" end",
        "client-secret = s3cr3t | client-secret = ******",
        "certNo=A1234567 | certNo=A1****** ",
        "phone=010-12345678 | phone=010-******78",
        "phone=13900001234 | phone=1390*******",
        "password=\"unterminated | password=\"******"
      })
  void masksTheValuesOfSensitiveKeys(String text, String masked) {
    assertEquals(masked.strip(), TextMasker.mask(text).strip());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "filename=report.pdf",
        "names=张三", // only the listed keys, not words that start like them
        "status: OK, code=200",
        "http://example.com/a?b=c",
        "2024-05-01 10:15:30"
      })
  void leavesOtherPairsAlone(String text) {
    assertEquals(text, TextMasker.mask(text));
  }

  @Test
  void stillSearchesTheValuesOfOtherKeys() {
    assertEquals("contact=1390*******", TextMasker.mask("contact=13900001234"));
    assertEquals("user=z***********@example.com", TextMasker.mask("user=zhangsanfeng@example.com"));
    assertEquals("uid1390*******=1", TextMasker.mask("uid13900001234=1"));
  }

  @Test
  void leavesEighteenDigitNumbersThatAreNotIdNumbersAlone() {
    // The check character decides: a number with a wrong one is an order number, not an ID. This
    // one does not pass the Luhn check either, or it would be masked as a bank card.
    String wrongCheck = "110101199003074515";
    assertFalse(IdCardNumber.isValid(wrongCheck));
    assertFalse(Luhn.isValid(wrongCheck));
    assertEquals("流水号" + wrongCheck + "，已受理", TextMasker.mask("流水号" + wrongCheck + "，已受理"));

    // A right check character on an impossible date (30 February) is not an ID number either.
    String badDate = "110101199002304517";
    assertEquals('7', IdCardNumber.checkCharacter(badDate.substring(0, 17)));
    assertFalse(Luhn.isValid(badDate));
    assertEquals("no " + badDate, TextMasker.mask("no " + badDate));
  }

  @Test
  void masksBankCardsThatPassTheLuhnCheck() {
    assertEquals("卡号6222********7894。", TextMasker.mask("卡号6222021234567894。"));
    assertEquals("card 6217***********8907", TextMasker.mask("card 6217000012345678907"));
    assertFalse(Luhn.isValid("6222021234567895"));
    assertEquals("ref 6222021234567895", TextMasker.mask("ref 6222021234567895"));
  }

  @Test
  void masksMobilesOnlyWhenTheyStandAloneAsDigitRuns() {
    assertEquals("tel:+861390*******", TextMasker.mask("tel:+8613900001234"));
    assertEquals("1390*******,1370*******", TextMasker.mask("13900001234,13700001234"));
    // Inside a longer run the 11 digits are part of another number.
    assertEquals("seq 20241390000123", TextMasker.mask("seq 20241390000123"));
    assertEquals("id 12345678901390000123456", TextMasker.mask("id 12345678901390000123456"));
    // 12 is not a mobile prefix.
    assertEquals("n=12900001234", TextMasker.mask("n=12900001234"));
  }

  @Test
  void nullStaysNullAndPlainTextIsUnchanged() {
    assertNull(TextMasker.mask(null));
    assertEquals("", TextMasker.mask(""));
    assertEquals("申请已受理，请等待审核。", TextMasker.mask("申请已受理，请等待审核。"));
  }

  @Test
  void hostileInputIsHandledWhole() {
    // Long runs that a backtracking pattern would try again at every position: the patterns are
    // written so they cannot (no nested quantifiers). No timing here; a regression shows as a run
    // that never ends.
    List<String> inputs =
        List.of(
            "1".repeat(200_000),
            "a".repeat(200_000) + "@",
            "a.".repeat(100_000),
            "x@".repeat(100_000),
            "a=".repeat(100_000),
            "password=\"" + "\\\"".repeat(100_000),
            "\"".repeat(200_000),
            "13900001234X".repeat(20_000));
    List<String> masked = inputs.stream().map(TextMasker::mask).toList();
    // A 200,000-digit run is no ID, mobile or card: left alone.
    assertEquals(inputs.get(0), masked.get(0));
    // Each of the 20,000 mobiles is masked, none survives.
    assertEquals(false, masked.get(7).contains("13900001234"));
    assertEquals(inputs.get(7).length(), masked.get(7).length());
  }

  @Test
  void aStructuredValueIsMaskedByItsKeyOrElseAsText() {
    // 000 9.4.5: the gateway masks JSON answers member by member.
    assertEquals("张**", TextMasker.maskValue("name", "张三丰"));
    assertEquals("1390*******", TextMasker.maskValue("mobile", "13900001234"));
    assertEquals("******", TextMasker.maskValue("clientSecret", "s3cr3t"));
    assertEquals("110路 天安门东", TextMasker.maskValue("desc", "110路 天安门东"));
    assertEquals("手机1390*******", TextMasker.maskValue("desc", "手机13900001234"));
    assertEquals("", TextMasker.maskValue("name", ""));
    assertEquals("王**", TextMasker.maskValue(null, "name=王建国").substring(5));
  }
}
