package org.onewindow.web.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.Application;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseStream;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.render.RenderKit;
import jakarta.persistence.OptimisticLockException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.common.InvalidInputException;

/**
 * Every console page answers a refusal of the services alike (ConsolePages): the service's message
 * in the console's language, 「当前角色不能执行此操作」 for a role refused, 「请刷新后重试」 for a race lost, and
 * anything else is left to the error page. The hall and appointment pages used to miss the race.
 */
class ConsolePagesTest {

  private Faces faces;

  @BeforeEach
  void aPageIsBeingServed() {
    faces = new Faces();
  }

  @AfterEach
  void thePageIsDone() {
    faces.release();
  }

  @Test
  void anActionThatGoesThroughSaysNothing() {
    assertTrue(ConsolePages.attempt(() -> {}));
    assertEquals(List.of(), faces.messages);
  }

  @Test
  void aServiceRefusalIsThePagesMessageInChinese() {
    assertFalse(
        ConsolePages.attempt(
            () -> {
              throw InvalidInputException.keyed("q", "interaction.search.banned");
            }));
    assertEquals(1, faces.messages.size());
    assertSame(FacesMessage.SEVERITY_ERROR, faces.messages.get(0).getSeverity());
    assertTrue(
        faces.messages.get(0).getSummary().contains("禁止搜索"), faces.messages.get(0).getSummary());
  }

  @Test
  void aRoleTheServiceRefusesReadsSo() {
    assertFalse(
        ConsolePages.attempt(
            () -> {
              throw new EJBAccessException("WFLYEJB0364");
            }));
    assertEquals("当前角色不能执行此操作", faces.messages.get(0).getSummary());
  }

  @Test
  void aRaceLostOnTheSameRecordAsksForARefresh() {
    assertFalse(
        ConsolePages.attempt(
            () -> {
              throw new OptimisticLockException("row was updated");
            }));
    assertTrue(faces.messages.get(0).getSummary().contains("请刷新后重试"));
  }

  @Test
  void anythingElseGoesToTheErrorPage() {
    IllegalStateException failure = new IllegalStateException("a bug");
    assertSame(
        failure,
        assertThrows(
            IllegalStateException.class,
            () ->
                ConsolePages.attempt(
                    () -> {
                      throw failure;
                    })));
    assertEquals(List.of(), faces.messages);
  }

  @Test
  void aDoneActionSaysWhatWasDone() {
    ConsolePages.done("发布");
    assertSame(FacesMessage.SEVERITY_INFO, faces.messages.get(0).getSeverity());
    assertEquals("已完成：发布", faces.messages.get(0).getSummary());
  }

  /** The current FacesContext of a test: keeps the messages, has a view root only when set. */
  private static final class Faces extends FacesContext {
    final List<FacesMessage> messages = new ArrayList<>();
    UIViewRoot root;

    Faces() {
      setCurrentInstance(this);
    }

    @Override
    public void addMessage(String clientId, FacesMessage message) {
      messages.add(message);
    }

    @Override
    public UIViewRoot getViewRoot() {
      return root;
    }

    @Override
    public void release() {
      setCurrentInstance(null);
    }

    @Override
    public Application getApplication() {
      throw new UnsupportedOperationException();
    }

    @Override
    public Iterator<String> getClientIdsWithMessages() {
      return Collections.emptyIterator();
    }

    @Override
    public ExternalContext getExternalContext() {
      throw new UnsupportedOperationException();
    }

    @Override
    public FacesMessage.Severity getMaximumSeverity() {
      return null;
    }

    @Override
    public Iterator<FacesMessage> getMessages() {
      return messages.iterator();
    }

    @Override
    public Iterator<FacesMessage> getMessages(String clientId) {
      return messages.iterator();
    }

    @Override
    public RenderKit getRenderKit() {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean getRenderResponse() {
      return false;
    }

    @Override
    public boolean getResponseComplete() {
      return false;
    }

    @Override
    public ResponseStream getResponseStream() {
      throw new UnsupportedOperationException();
    }

    @Override
    public void setResponseStream(ResponseStream responseStream) {
      throw new UnsupportedOperationException();
    }

    @Override
    public ResponseWriter getResponseWriter() {
      throw new UnsupportedOperationException();
    }

    @Override
    public void setResponseWriter(ResponseWriter responseWriter) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void setViewRoot(UIViewRoot root) {
      this.root = root;
    }

    @Override
    public jakarta.faces.lifecycle.Lifecycle getLifecycle() {
      throw new UnsupportedOperationException();
    }

    @Override
    public void renderResponse() {}

    @Override
    public void responseComplete() {}
  }
}
