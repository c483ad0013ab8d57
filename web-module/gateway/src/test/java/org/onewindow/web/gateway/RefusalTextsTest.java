package org.onewindow.web.gateway;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.onewindow.appcenter.gateway.GatewayError;
import org.onewindow.common.LocalizedTexts;
import org.onewindow.crypto.signing.RequestError;

/**
 * Every refusal the gateway answers has its English text (issue 14 item 7: Chinese first, English
 * by Accept-Language), so a new refusal cannot slip out without one.
 */
class RefusalTextsTest {

  @Test
  void everyGatewayRefusalHasAnEnglishText() {
    for (GatewayError error : GatewayError.values()) {
      assertEnglish(error.messageKey());
    }
  }

  @Test
  void everySignatureRefusalHasAnEnglishText() {
    for (RequestError error : RequestError.values()) {
      assertEnglish("gateway.SIGNATURE_" + error.name());
    }
  }

  private static void assertEnglish(String key) {
    String text = LocalizedTexts.REFUSALS.format(key, Locale.ENGLISH, 10);
    assertNotEquals(key, text, "no English text for " + key);
    assertFalse(text.chars().anyMatch(c -> c > 0x2e80), key + " is not English: " + text);
  }
}
