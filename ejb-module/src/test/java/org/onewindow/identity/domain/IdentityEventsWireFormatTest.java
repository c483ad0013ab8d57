package org.onewindow.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The identity-events batch of {@code docs/wire-formats.md} §3 is read by the platform's own parser
 * as the document says (issue 16 item 1): the document's example is not a sketch but a batch the
 * platform accepts, event by event.
 */
class IdentityEventsWireFormatTest {

  private static final Path DOCUMENT = Path.of("..", "docs", "wire-formats.md");

  private static String block(String name) throws IOException {
    Matcher blocks =
        Pattern.compile("```" + name + "\\n(.*?)\\n```", Pattern.DOTALL)
            .matcher(Files.readString(DOCUMENT, StandardCharsets.UTF_8));
    if (!blocks.find()) {
      throw new AssertionError("no ```" + name + " block in " + DOCUMENT);
    }
    return blocks.group(1);
  }

  @Test
  void theDocumentedBatchIsTwoEventsAsDescribed() throws IOException {
    List<IdentityEvent> events =
        IdentityEventBatch.parse(block("events-batch").getBytes(StandardCharsets.UTF_8));

    assertEquals(2, events.size());
    IdentityEvent failedLogin = events.get(0);
    assertEquals(IdentityEvent.USER, failedLogin.kind());
    assertEquals("LOGIN_ERROR", failedLogin.type());
    assertEquals("failure", failedLogin.outcome());
    assertEquals("", failedLogin.actor());
    assertEquals(Instant.ofEpochMilli(1_764_979_195_123L), failedLogin.time());
    assertEquals("王**", failedLogin.detail().get("username"));

    IdentityEvent change = events.get(1);
    assertEquals(IdentityEvent.ADMIN, change.kind());
    assertEquals("ADMIN_UPDATE_USER", change.type());
    assertEquals("5b1f0c1e-7d2a-4c55-9a8e-0f3b2d6c9e11", change.actor());
    assertEquals(Map.of("resource", "users/3a7d****"), change.detail());
  }
}
