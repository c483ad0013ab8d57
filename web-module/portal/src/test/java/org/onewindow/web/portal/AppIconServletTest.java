package org.onewindow.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The request side of the icon address: which app it names and whether a cached copy is valid. */
class AppIconServletTest {

  @Test
  void onlyOneSegmentNamesAnApp() {
    assertEquals("app-abc123", AppIconServlet.appKey("/app-abc123"));
    assertNull(AppIconServlet.appKey(null));
    assertNull(AppIconServlet.appKey("/"));
    assertNull(AppIconServlet.appKey("/app-abc123/../../etc/passwd"));
    assertNull(AppIconServlet.appKey("/a/b"));
  }

  @Test
  void ifNoneMatchComparesWeaklyAndTakesListsAndAStar() {
    String etag = EntityTags.strong("Zm9v_-");
    assertEquals("\"Zm9v_-\"", etag);
    assertTrue(EntityTags.matches("\"Zm9v_-\"", etag));
    assertTrue(EntityTags.matches("W/\"Zm9v_-\"", etag));
    assertTrue(EntityTags.matches("\"other\", \"Zm9v_-\"", etag));
    assertTrue(EntityTags.matches(" * ", etag));
    assertFalse(EntityTags.matches("\"other\"", etag));
    assertFalse(EntityTags.matches("Zm9v_-", etag), "an unquoted value is not a tag");
    assertFalse(EntityTags.matches(null, etag));
    assertFalse(EntityTags.matches("", etag));
  }
}
