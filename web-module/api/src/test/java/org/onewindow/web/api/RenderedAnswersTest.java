package org.onewindow.web.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A kept answer's envelope is written once (ADR 0014 "Performance"), exactly as RESTEasy would have
 * written it, and a new answer object — even an equal one — is written anew.
 */
public class RenderedAnswersTest {

  /**
   * A page as the search keeps it, equal to any other with the same contents; public for JSON-B.
   */
  public record Page(String query, long total, List<String> names) {}

  @Test
  void theSameAnswerIsWrittenOnceAsTheEnvelope() {
    RenderedAnswers rendered = new RenderedAnswers(10);
    Page page = new Page("社保", 2, List.of("社会保险登记", "社保卡申领"));
    Response first = rendered.ok(page);
    Response again = rendered.ok(page);
    assertEquals(200, first.getStatus());
    assertEquals(MediaType.APPLICATION_JSON_TYPE, first.getMediaType());
    assertSame(first.getEntity(), again.getEntity(), "written once, served again");
    assertEquals(
        SharedJsonb.jsonb().toJson(ApiResponse.ok(page)),
        new String((byte[]) first.getEntity(), StandardCharsets.UTF_8));
    assertTrue(
        new String((byte[]) first.getEntity(), StandardCharsets.UTF_8)
            .startsWith("{\"code\":0,\"data\":{\"names\":[\"社会保险登记\""));
  }

  @Test
  void anEqualAnswerThatIsAnotherObjectIsWrittenAnew() {
    RenderedAnswers rendered = new RenderedAnswers(10);
    Page kept = new Page("社保", 1, List.of("社会保险登记"));
    Page computedAgain = new Page("社保", 1, List.of("社会保险登记"));
    byte[] first = (byte[]) rendered.ok(kept).getEntity();
    byte[] second = (byte[]) rendered.ok(computedAgain).getEntity();
    assertNotSame(first, second);
    assertArrayEquals(first, second);
    assertEquals(2, rendered.size());
  }

  @Test
  void atMostTheBoundIsHeld() {
    RenderedAnswers rendered = new RenderedAnswers(3);
    for (int i = 0; i < 10; i++) {
      rendered.ok(new Page("q" + i, i, List.of()));
      assertTrue(rendered.size() <= 3, "held " + rendered.size());
    }
  }
}
