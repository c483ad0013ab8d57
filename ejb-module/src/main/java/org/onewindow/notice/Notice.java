package org.onewindow.notice;

import jakarta.json.Json;
import jakarta.json.JsonString;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.onewindow.common.Messages;

/**
 * One notice to one person: what happened (a message key and arguments), where to look, read or
 * not.
 */
@Entity
@Table(
    name = "ow_notice",
    indexes = @Index(name = "ix_notice_recipient", columnList = "recipient, created_at"))
public class Notice {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "recipient", nullable = false, length = 255)
  private String recipient;

  @Column(name = "message_key", nullable = false, length = 100)
  private String messageKey;

  @Column(name = "arguments", nullable = false, length = 2000)
  private String arguments;

  /** A path inside the console the notice is about ({@code filing.xhtml?id=12}), or empty. */
  @Column(name = "link", nullable = false, length = 300)
  private String link;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "read_at")
  private Instant readAt;

  protected Notice() {
    // for JPA
  }

  Notice(String recipient, String messageKey, List<String> arguments, String link, Instant at) {
    this.recipient = recipient;
    this.messageKey = messageKey;
    this.arguments = Json.createArrayBuilder(arguments).build().toString();
    this.link = link;
    this.createdAt = at;
  }

  /** The notice's text in {@code locale}. */
  public String text(Locale locale) {
    try (var reader = Json.createReader(new StringReader(arguments))) {
      Object[] values = reader.readArray().getValuesAs(JsonString::getString).toArray();
      return Messages.text(messageKey, locale, values);
    }
  }

  void markRead(Instant at) {
    if (readAt == null) {
      readAt = at;
    }
  }

  public Long getId() {
    return id;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getLink() {
    return link;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getReadAt() {
    return readAt;
  }
}
