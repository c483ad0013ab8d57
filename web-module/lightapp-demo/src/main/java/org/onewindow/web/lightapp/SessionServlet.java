package org.onewindow.web.lightapp;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.logging.Logger;
import org.onewindow.crypto.ResponseCode;
import org.onewindow.crypto.replay.InMemoryNonceStore;
import org.onewindow.crypto.sm2.Sm2PublicKey;
import org.onewindow.crypto.ticket.OpenedTicket;
import org.onewindow.crypto.ticket.TicketOpener;
import org.onewindow.crypto.ticket.TicketRejectedException;
import org.onewindow.web.lightapp.PlatformTickets.PlatformRefusedException;

/**
 * {@code /api/session}: the demo app's own session, made from a platform ticket.
 *
 * <ul>
 *   <li>{@code POST {"ticket":"…"}} — trades the ticket (000 9.2.1 b–d), opens the sealed info (e),
 *       keeps and answers it masked;
 *   <li>{@code GET} — the masked user of this session, or 401 / 10008;
 *   <li>{@code DELETE} — ends this session (the page calls it after the JSSDK's logout).
 * </ul>
 *
 * Answers in the 003 6.2.2.2 envelope {@code {"code","msg","data"}}; a refused ticket answers with
 * the code the platform or the SDK gave, and leaves any earlier session as it was.
 */
@WebServlet(urlPatterns = "/api/session", loadOnStartup = 1)
public class SessionServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private static final Logger LOG = Logger.getLogger(SessionServlet.class.getName());

  private static final String USER = "onewindow.lightapp.user";

  private static final int MAX_BODY = 1024;

  /** How far the platform's clock may be from this app's. */
  private static final Duration ALLOWED_SKEW = Duration.ofSeconds(60);

  private transient DemoAppSettings settings;
  private transient PlatformTickets platform;
  private transient InMemoryNonceStore openedTickets;
  private transient volatile Sm2PublicKey platformKey;

  @Override
  public void init() throws ServletException {
    try {
      settings = DemoAppSettings.load(getServletContext(), System::getenv);
    } catch (IOException | RuntimeException e) {
      throw new ServletException("demo light app: cannot read its keys: " + e.getMessage(), e);
    }
    platform = new PlatformTickets(settings, Clock.systemUTC());
    // Tickets opened on this node. The platform itself spends each ticket once cluster-wide;
    // this is the SDK's second line, as an app would run it.
    openedTickets = new InMemoryNonceStore(Clock.systemUTC());
    platformKey = settings.pinnedPlatformKey().orElse(null);
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    HttpSession session = request.getSession(false);
    Object user = session == null ? null : session.getAttribute(USER);
    if (user == null) {
      write(response, 401, ResponseCode.NOT_AUTHORIZED.code(), "用户未登录", JsonValue.NULL);
      return;
    }
    write(response, 200, 0, ResponseCode.SUCCESS.message(), read(user.toString()));
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String contentType = request.getContentType();
    if (contentType == null || !contentType.toLowerCase().startsWith("application/json")) {
      // Also what keeps a plain HTML form on another site from posting here.
      write(response, 415, ResponseCode.INVALID_PARAMETER.code(), "请求须为 JSON", JsonValue.NULL);
      return;
    }
    String ticket;
    try {
      ticket = ticketOf(request.getInputStream().readNBytes(MAX_BODY + 1));
    } catch (IllegalArgumentException e) {
      // A value is there but not the shape asked for: 20000 参数错误, not 20003 参数不能为空.
      write(response, 400, ResponseCode.INVALID_PARAMETER.code(), e.getMessage(), JsonValue.NULL);
      return;
    }
    if (ticket == null) {
      write(response, 400, ResponseCode.PARAMETER_REQUIRED.code(), "ticket 不能为空", JsonValue.NULL);
      return;
    }
    JsonObject user;
    try {
      OpenedTicket opened = opener().open(platform.exchange(ticket));
      user = MaskedUser.of(opened.claims());
    } catch (PlatformRefusedException e) {
      LOG.info("demo light app: the platform refused a ticket: " + e.code());
      write(response, 401, e.code(), e.getMessage(), JsonValue.NULL);
      return;
    } catch (TicketRejectedException e) {
      LOG.warning("demo light app: sealed user info refused: " + e.error());
      write(response, 401, e.code(), e.error().responseCode().message(), JsonValue.NULL);
      return;
    }
    HttpSession session = request.getSession(false);
    if (session == null) {
      session = request.getSession(true);
    } else {
      // A new session id for the signed-in user (no session fixation), and nothing of the earlier
      // sign-in kept. Not invalidate-and-create: a distributable session ended and made anew in
      // the request that holds it waits for its own lock (about 15 s; found by bench-cluster).
      Collections.list(session.getAttributeNames()).forEach(session::removeAttribute);
      request.changeSessionId();
    }
    session.setAttribute(USER, user.toString());
    write(response, 200, 0, ResponseCode.SUCCESS.message(), user);
  }

  @Override
  protected void doDelete(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    write(response, 200, 0, ResponseCode.SUCCESS.message(), JsonValue.NULL);
  }

  private TicketOpener opener() throws PlatformRefusedException {
    Sm2PublicKey key = platformKey;
    if (key == null) {
      // Not pinned: read once from the platform over the configured address.
      key = platform.platformKey();
      platformKey = key;
    }
    return new TicketOpener(
        key,
        settings.appId(),
        settings.sealingKey(),
        Clock.systemUTC(),
        ALLOWED_SKEW,
        openedTickets);
  }

  /**
   * The ticket of a {@code {"ticket":"…"}} body, or null when the body names none (empty, {@code
   * {}}, a blank ticket).
   *
   * @throws IllegalArgumentException with the message to answer when the body is there but not that
   *     shape (not JSON, too long, a ticket that is not a string)
   */
  static String ticketOf(byte[] body) {
    if (body.length == 0) {
      return null;
    }
    if (body.length > MAX_BODY) {
      throw new IllegalArgumentException("请求内容过长");
    }
    JsonValue ticket;
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
      ticket = reader.readObject().get("ticket");
    } catch (JsonException | IllegalStateException | ClassCastException e) {
      throw new IllegalArgumentException("请求内容应为 JSON 对象 {\"ticket\":\"…\"}");
    }
    if (ticket == null || ticket == JsonValue.NULL) {
      return null;
    }
    if (!(ticket instanceof JsonString text)) {
      throw new IllegalArgumentException("ticket 应为字符串");
    }
    return text.getString().isBlank() ? null : text.getString();
  }

  private static JsonObject read(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  private static void write(
      HttpServletResponse response, int status, int code, String message, JsonValue data)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/json;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response
        .getWriter()
        .write(
            Json.createObjectBuilder()
                .add("code", code)
                .add("msg", message)
                .add("data", data)
                .build()
                .toString());
  }
}
