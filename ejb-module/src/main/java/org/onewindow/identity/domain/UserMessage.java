package org.onewindow.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/**
 * A message in a user's centre (001 7.7 g 我的消息): a public notice or a progress reminder of a
 * matter, consultation or complaint, posted by the capability it concerns; read or unread.
 */
@Entity
@Table(
    name = "ow_user_message",
    indexes = @Index(name = "ix_user_message_user", columnList = "username, created_at"))
public class UserMessage {

  public static final int MAX_TITLE = 200;
  public static final int MAX_BODY = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "username", nullable = false, length = 255)
  private String username;

  /** The kind's name; a plain string column, so each database keeps it the same way. */
  @Column(name = "kind", nullable = false, length = 16)
  private String kind;

  @Column(name = "title", nullable = false, length = MAX_TITLE)
  private String title;

  @Column(name = "body", nullable = false, length = MAX_BODY)
  private String body;

  /** A path inside the platform the message points to, e.g. the case's page; may be null. */
  @Column(name = "link", length = 500)
  private String link;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "read_at")
  private Instant readAt;

  @Version private long version;

  protected UserMessage() {}

  public UserMessage(
      String username, UserMessageKind kind, String title, String body, String link, Instant at) {
    this.username = username;
    this.kind = kind.name();
    this.title = title;
    this.body = body;
    this.link = link;
    this.createdAt = at;
  }

  public void markRead(Instant at) {
    if (readAt == null) {
      readAt = at;
    }
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public UserMessageKind getKind() {
    return UserMessageKind.valueOf(kind);
  }

  public String getTitle() {
    return title;
  }

  public String getBody() {
    return body;
  }

  public Optional<String> getLink() {
    return Optional.ofNullable(link);
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public boolean isRead() {
    return readAt != null;
  }
}
