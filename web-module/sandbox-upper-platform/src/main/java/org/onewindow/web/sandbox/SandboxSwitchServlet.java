package org.onewindow.web.sandbox;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * SANDBOX, TEST-ONLY switch {@code POST /sandbox-upper-platform/test-switch?fail=503&times=2} (the
 * next two batches answer 503), {@code ?delayMs=15000&times=1} (the next batch waits 15 s before
 * answering: a timeout for the platform's client), {@code ?reset=1}. Exists so the tests can make
 * the upper platform misbehave; a real upper platform has nothing like it.
 */
@WebServlet(urlPatterns = "/test-switch")
public class SandboxSwitchServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    SandboxState state = SandboxState.INSTANCE;
    int times = number(request.getParameter("times"), 1, 0, 1_000);
    if (request.getParameter("reset") != null) {
      state.reset();
    }
    if (request.getParameter("fail") != null) {
      state.failNext(number(request.getParameter("fail"), 503, 400, 599), times);
    }
    if (request.getParameter("delayMs") != null) {
      state.delayNext(number(request.getParameter("delayMs"), 0, 0, 60_000), times);
    }
    response.setContentType("text/plain; charset=UTF-8");
    response.getWriter().write("SANDBOX test switch set\n");
  }

  private static int number(String text, int fallback, int min, int max) {
    try {
      int value = text == null ? fallback : Integer.parseInt(text.strip());
      return Math.max(min, Math.min(max, value));
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
