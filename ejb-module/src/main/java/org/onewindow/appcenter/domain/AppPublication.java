package org.onewindow.appcenter.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import org.onewindow.common.InputRules;
import org.onewindow.common.InvalidInputException;

/**
 * An app published in one hall with its display configuration (000 8.2.3 b 服务应用界面配置、分厅上线发布): the
 * name shown, the icon (one of the app's files), the category (its service theme) and its place in
 * the hall's list.
 */
@Entity
@Table(
    name = "ow_app_publication",
    uniqueConstraints =
        @UniqueConstraint(
            name = "uk_app_publication",
            columnNames = {"app_id", "hall_id"}))
public class AppPublication {

  public static final int MAX_DISPLAY_NAME = 20;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "app_id", nullable = false)
  private long appId;

  @Column(name = "hall_id", nullable = false)
  private long hallId;

  @Column(name = "display_name", nullable = false, length = MAX_DISPLAY_NAME)
  private String displayName;

  /** The app file shown as its icon, if one was uploaded. */
  @Column(name = "icon_file_id")
  private Long iconFileId;

  @Column(name = "category", nullable = false, length = 40)
  private String category;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Column(name = "published_by", nullable = false, length = 100)
  private String publishedBy;

  @Column(name = "published_at", nullable = false)
  private Instant publishedAt;

  protected AppPublication() {
    // for JPA
  }

  /**
   * A publication after checking its display configuration.
   *
   * @throws InvalidInputException when the name is blank or over {@value #MAX_DISPLAY_NAME}
   *     characters (a hall's tile), or the order is negative
   */
  public static AppPublication of(
      long appId,
      long hallId,
      String displayName,
      Long iconFileId,
      String category,
      int sortOrder,
      String publishedBy,
      Instant publishedAt) {
    String name = InputRules.singleLine("displayName", displayName);
    if (name.isEmpty() || name.length() > MAX_DISPLAY_NAME) {
      throw InvalidInputException.keyed(
          "displayName", "appcenter.publication.displayName", String.valueOf(MAX_DISPLAY_NAME));
    }
    if (sortOrder < 0 || sortOrder > 9999) {
      throw InvalidInputException.keyed("sortOrder", "appcenter.publication.sortOrder");
    }
    AppPublication publication = new AppPublication();
    publication.appId = appId;
    publication.hallId = hallId;
    publication.displayName = name;
    publication.iconFileId = iconFileId;
    publication.category =
        category == null || category.isBlank() ? ServiceThemes.OTHER : category.strip();
    publication.sortOrder = sortOrder;
    publication.publishedBy = publishedBy;
    publication.publishedAt = publishedAt;
    return publication;
  }

  public long getAppId() {
    return appId;
  }

  public long getHallId() {
    return hallId;
  }

  public String getDisplayName() {
    return displayName;
  }

  public Long getIconFileId() {
    return iconFileId;
  }

  public String getCategory() {
    return category;
  }

  public int getSortOrder() {
    return sortOrder;
  }
}
