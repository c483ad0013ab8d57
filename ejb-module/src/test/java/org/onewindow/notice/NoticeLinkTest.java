package org.onewindow.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A notice's link stays inside the platform (001 7.7 g; no way out of a page through a notice), and
 * the user centre shows only the links to portal pages.
 */
class NoticeLinkTest {

  @Test
  void pathsInsideThePlatformOnly() {
    assertTrue(Notices.LINK.matcher("/portal/me.xhtml#consentsHeading").matches());
    assertTrue(Notices.LINK.matcher("/portal/case.xhtml?id=WB202612070000000001").matches());
    assertTrue(Notices.LINK.matcher("filing.xhtml?id=12").matches());
    assertTrue(Notices.LINK.matcher("").matches());
    assertFalse(Notices.LINK.matcher("//evil.example/x").matches());
    assertFalse(Notices.LINK.matcher("javascript:alert(1)").matches());
    assertFalse(Notices.LINK.matcher("https://evil.example/").matches());
    assertFalse(Notices.LINK.matcher("/portal/\"><script>").matches());
  }

  @Test
  void aNoticeLeadingOutOfThePlatformIsNotPosted() {
    // refused before anything is stored (no entity manager is needed to refuse it)
    assertThrows(
        IllegalArgumentException.class,
        () -> Notices.post(null, "citizen-1", "notice.notFound", "//evil.example/", Instant.EPOCH));
  }

  @Test
  void theUserCentreShowsPortalPagesOnly() {
    assertEquals("/portal/case.xhtml?id=A-1", view("/portal/case.xhtml?id=A-1").portalLink());
    assertEquals("", view("filing.xhtml?id=12").portalLink());
    assertEquals("", view("/console/filing.xhtml?id=12").portalLink());
    assertEquals("", view("/portal/\"><script>").portalLink());
    assertEquals("", view("").portalLink());
  }

  private static NoticeView view(String link) {
    return new NoticeView(1, "text", link, Instant.EPOCH, false);
  }
}
