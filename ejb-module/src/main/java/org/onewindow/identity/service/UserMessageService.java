package org.onewindow.identity.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import org.onewindow.common.InputRules;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.NotFoundException;
import org.onewindow.identity.domain.UserMessage;
import org.onewindow.identity.domain.UserMessageKind;

/**
 * 我的消息 (001 7.7 g): public notices and progress reminders in each user's centre. Any capability
 * posts with {@link #post} (a case accepted, a consultation answered, …); the user lists their own,
 * sees which are unread and marks them read. Messages are the platform's own texts, shown as plain
 * text: markup in them is never rendered.
 */
@Stateless
public class UserMessageService {

  /** The most messages the user centre lists at once. */
  public static final int MAX_LISTED = 100;

  /**
   * A link must be a path inside the platform: no scheme (no javascript:), no other host (not even
   * a protocol-relative //host).
   */
  static final Pattern LINK = Pattern.compile("/(?!/)[A-Za-z0-9._~/?=&%#-]{0,498}");

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @Resource private SessionContext session;

  @Inject Clock clock;

  /**
   * Posts a message to {@code username}'s centre. Callable by any capability of the platform (no
   * remote view: only code inside the EAR reaches it).
   *
   * @param link a path inside the platform (e.g. {@code /portal/my-cases.xhtml}), or null
   * @return the message's id
   * @throws InvalidInputException for an empty or overlong title or body, or another link
   */
  @PermitAll
  public long post(String username, UserMessageKind kind, String title, String body, String link) {
    if (username == null || username.isBlank() || username.length() > 255 || kind == null) {
      throw InvalidInputException.keyed("username", "identity.message.recipient");
    }
    InputRules.singleLine("title", title);
    InputRules.multiLine("body", body);
    if (title == null || title.isBlank() || title.length() > UserMessage.MAX_TITLE) {
      throw InvalidInputException.keyed("title", "identity.message.title", UserMessage.MAX_TITLE);
    }
    if (body == null || body.isBlank() || body.length() > UserMessage.MAX_BODY) {
      throw InvalidInputException.keyed("body", "identity.message.body", UserMessage.MAX_BODY);
    }
    if (link != null && !LINK.matcher(link).matches()) {
      throw InvalidInputException.keyed("link", "identity.message.link");
    }
    UserMessage message =
        new UserMessage(username, kind, title.strip(), body.strip(), link, clock.instant());
    em.persist(message);
    em.flush();
    return message.getId();
  }

  /** The caller's messages, newest first. */
  @PermitAll
  public List<UserMessageView> mine() {
    return em
        .createQuery(
            "select m from UserMessage m where m.username = :user order by m.createdAt desc, m.id"
                + " desc",
            UserMessage.class)
        .setParameter("user", caller())
        .setMaxResults(MAX_LISTED)
        .getResultList()
        .stream()
        .map(UserMessageService::view)
        .toList();
  }

  /** How many of the caller's messages are unread. */
  @PermitAll
  public long unread() {
    return em.createQuery(
            "select count(m) from UserMessage m where m.username = :user and m.readAt is null",
            Long.class)
        .setParameter("user", caller())
        .getSingleResult();
  }

  /**
   * Marks one of the caller's messages read.
   *
   * @throws NotFoundException when the caller has no such message (another's is not found either)
   */
  @PermitAll
  public void markRead(long id) {
    UserMessage message = em.find(UserMessage.class, id);
    if (message == null || !message.getUsername().equals(caller())) {
      throw NotFoundException.keyed("identity.message.notFound", String.valueOf(id));
    }
    message.markRead(clock.instant());
  }

  private static UserMessageView view(UserMessage m) {
    return new UserMessageView(
        m.getId(),
        m.getKind().name(),
        m.getTitle(),
        m.getBody(),
        m.getLink().orElse(null),
        m.getCreatedAt(),
        m.isRead());
  }

  /**
   * The signed-in caller's username. Every signed-in person has a user centre — citizens,
   * enterprise users, administrators alike — so no role is asked; an anonymous caller is refused.
   */
  private String caller() {
    String name = session.getCallerPrincipal().getName();
    if (name == null || name.isBlank() || "anonymous".equals(name)) {
      throw new EJBAccessException("a signed-in user is needed");
    }
    return name;
  }
}
