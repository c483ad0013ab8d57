package org.onewindow.appcenter.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import org.onewindow.common.InputRules;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.Message;
import org.onewindow.common.StateConflictException;

/**
 * A note on an app's life after onboarding: its functional test records before review (000 9.3),
 * alarms and troubleshooting while it runs (8.2.3 c), optimisation suggestions and the archive of
 * what was done about them (8.2.3 d). Alarms and suggestions are open until archived.
 */
@Entity
@Table(name = "ow_app_note", indexes = @Index(name = "ix_app_note_app", columnList = "app_id"))
public class AppNote {

  public static final int MAX_TEXT = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "app_id", nullable = false)
  private long appId;

  @Column(name = "revision", nullable = false)
  private int revision;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20)
  private NoteKind kind;

  @Column(name = "text", nullable = false, length = MAX_TEXT)
  private String text;

  @Column(name = "written_by", nullable = false, length = 100)
  private String writtenBy;

  @Column(name = "written_at", nullable = false)
  private Instant writtenAt;

  @Column(name = "archived_by", length = 100)
  private String archivedBy;

  @Column(name = "archived_at")
  private Instant archivedAt;

  @Column(name = "outcome", length = MAX_TEXT)
  private String outcome;

  protected AppNote() {
    // for JPA
  }

  /**
   * A new note.
   *
   * @throws InvalidInputException when the text is blank or too long
   */
  public static AppNote write(
      long appId, int revision, NoteKind kind, String text, String author, Instant at) {
    AppNote note = new AppNote();
    note.appId = appId;
    note.revision = revision;
    note.kind = kind;
    note.text = checked(text, "text", "appcenter.note.text");
    note.writtenBy = author;
    note.writtenAt = at;
    return note;
  }

  /**
   * Archives an alarm or a suggestion with what was done (000 8.2.3 d 优化情况归档).
   *
   * @throws StateConflictException for a kind that is not archived, or one archived already
   */
  public void archive(String outcomeText, String actor, Instant at) {
    if (!kind.archivable()) {
      throw StateConflictException.keyed("appcenter.note.notArchivable", kind);
    }
    if (archivedAt != null) {
      throw StateConflictException.keyed("appcenter.note.archivedAlready", kind);
    }
    outcome = checked(outcomeText, "outcome", "appcenter.note.outcome");
    archivedBy = actor;
    archivedAt = at;
  }

  private static String checked(String value, String field, String labelKey) {
    String text = InputRules.multiLine(field, value);
    if (text.isEmpty() || text.length() > MAX_TEXT) {
      throw InvalidInputException.keyed(
          field, "appcenter.note.textLength", Message.of(labelKey), String.valueOf(MAX_TEXT));
    }
    return text;
  }

  public Long getId() {
    return id;
  }

  public long getAppId() {
    return appId;
  }

  public int getRevision() {
    return revision;
  }

  public NoteKind getKind() {
    return kind;
  }

  public String getText() {
    return text;
  }

  public String getWrittenBy() {
    return writtenBy;
  }

  public Instant getWrittenAt() {
    return writtenAt;
  }

  public String getArchivedBy() {
    return archivedBy;
  }

  public Instant getArchivedAt() {
    return archivedAt;
  }

  public String getOutcome() {
    return outcome;
  }
}
