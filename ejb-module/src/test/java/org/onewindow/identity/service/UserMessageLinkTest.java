package org.onewindow.identity.service;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A message's link stays inside the platform (001 7.7 g messages; no way out of the portal). */
class UserMessageLinkTest {

  @Test
  void pathsInsideThePlatformOnly() {
    assertTrue(UserMessageService.LINK.matcher("/portal/me.xhtml#consentsHeading").matches());
    assertTrue(UserMessageService.LINK.matcher("/portal/my-cases.xhtml?case=A-1").matches());
    assertFalse(UserMessageService.LINK.matcher("//evil.example/x").matches());
    assertFalse(UserMessageService.LINK.matcher("javascript:alert(1)").matches());
    assertFalse(UserMessageService.LINK.matcher("https://evil.example/").matches());
    assertFalse(UserMessageService.LINK.matcher("/portal/\"><script>").matches());
  }
}
