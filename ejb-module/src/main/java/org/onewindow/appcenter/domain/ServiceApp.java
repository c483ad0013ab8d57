package org.onewindow.appcenter.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;
import org.onewindow.common.InputRules;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.StateConflictException;
import org.onewindow.review.Review;
import org.onewindow.review.ReviewAction;
import org.onewindow.review.ReviewStatus;
import org.onewindow.review.ReviewTransition;
import org.onewindow.review.Reviewable;

/**
 * A service app (服务应用) an access unit brings to the platform (000 9.3, 图3): its app key (the realm
 * client id and the key its signed calls name), the SM2 public key its calls are verified with (000
 * 9.4.4 a), its SM4 key wrapped under the platform KEK (the "secret": shown once at issue, kept
 * only encrypted, 003 6.3.2.3), its gateway rate limit, and its {@link Review}.
 */
@Entity
@Table(
    name = "ow_app",
    uniqueConstraints = {
      @UniqueConstraint(name = "uk_app_key", columnNames = "app_key"),
      @UniqueConstraint(
          name = "uk_app_unit_name",
          columnNames = {"unit_id", "name"})
    })
public class ServiceApp implements Reviewable {

  public static final int MAX_NAME = 64;
  public static final int MAX_DESCRIPTION = 500;

  /** Calls per second a new app may make through the gateway until an administrator changes it. */
  public static final int DEFAULT_RATE_LIMIT = 50;

  public static final int MAX_RATE_LIMIT = 10_000;

  /** The longest test mode one switch gives (000 9.3 功能测试: days, not a standing licence). */
  public static final int MAX_TEST_MODE_HOURS = 72;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "app_key", nullable = false, length = 63)
  private String appKey;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "unit_id", foreignKey = @ForeignKey(name = "fk_app_unit"))
  private AccessUnit unit;

  @Column(name = "name", nullable = false, length = MAX_NAME)
  private String name;

  @Column(name = "description", nullable = false, length = MAX_DESCRIPTION)
  private String description;

  /** Where the app's pages are served (its realm client's redirect and only web origin). */
  @Column(name = "page_url", nullable = false, length = 500)
  private String pageUrl;

  @Column(name = "sm2_public_key", nullable = false, length = 1000)
  private String sm2PublicKeyPem;

  /** The SM4 key as an {@code EncryptedValue} of purpose {@code app-sm4-key}: never in clear. */
  @Column(name = "sm4_key_ref", nullable = false, length = 1000)
  private String sm4KeyRef;

  @Column(name = "rate_limit", nullable = false)
  private int rateLimit;

  @Enumerated(EnumType.STRING)
  @Column(name = "service_object", nullable = false, length = 16)
  private ServiceObject serviceObject;

  @Column(name = "theme", nullable = false, length = 20)
  private String theme;

  @Enumerated(EnumType.STRING)
  @Column(name = "service_level", nullable = false, length = 16)
  private ServiceLevel serviceLevel;

  @Enumerated(EnumType.STRING)
  @Column(name = "app_type", nullable = false, length = 20)
  private AppType appType;

  @Embedded private Review review;

  /**
   * Until when the app may call the gateway in test mode while a draft (000 9.3 功能测试), or null; see
   * {@link #startTestMode}.
   */
  @Column(name = "test_mode_until")
  private Instant testModeUntil;

  @Column(name = "test_mode_by", length = 100)
  private String testModeBy;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected ServiceApp() {
    // for JPA
  }

  /**
   * An app applied for by {@code actor}: a draft with its keys issued.
   *
   * @throws InvalidInputException when the name or description is blank or too long
   */
  public static ServiceApp apply(
      AccessUnit unit,
      String appKey,
      String name,
      String description,
      String pageUrl,
      String sm2PublicKeyPem,
      String sm4KeyRef,
      String actor,
      Instant at) {
    ServiceApp app = new ServiceApp();
    app.unit = unit;
    app.appKey = appKey;
    app.name = checkedName(name);
    app.description = checkedDescription(description);
    if (pageUrl != null) {
      InputRules.singleLine(
          "pageUrl", pageUrl); // a URL can carry U+202E; its shape is checked before
    }
    app.pageUrl = pageUrl;
    app.sm2PublicKeyPem = sm2PublicKeyPem;
    app.sm4KeyRef = sm4KeyRef;
    app.rateLimit = DEFAULT_RATE_LIMIT;
    app.serviceObject = ServiceObject.NATURAL_PERSON;
    app.theme = ServiceThemes.OTHER;
    app.serviceLevel = ServiceLevel.PROVINCIAL;
    app.appType = AppType.IDENTITY_REQUIRED;
    app.review = Review.draft(actor, at);
    app.createdBy = actor;
    app.createdAt = at;
    return app;
  }

  /** The first line of its history; call once the app has its id. */
  @Override
  public ReviewTransition registration() {
    return review.registration(AppCenterKinds.APP, id, createdAt);
  }

  /**
   * Moves the app on in its review (000 9.3: review, publication; 9.5: offline).
   *
   * @throws StateConflictException when the state does not allow the action
   */
  @Override
  public ReviewTransition perform(ReviewAction action, String actor, String reason, Instant at) {
    ReviewTransition transition = review.perform(AppCenterKinds.APP, id, action, actor, reason, at);
    endTestMode(); // a submitted app is the reviewers'; a later draft asks for test mode afresh
    return transition;
  }

  /**
   * A new revision after rectification (000 9.5): what the app is bound to or shows has changed.
   *
   * @throws StateConflictException while submitted, approved or online
   */
  public ReviewTransition revise(String actor, Instant at) {
    review.checkEditable(AppCenterKinds.APP);
    endTestMode();
    return review.revise(AppCenterKinds.APP, id, actor, at);
  }

  /**
   * Lets the draft app call the gateway in test mode until {@code at + hours} (000 9.3 服务应用功能测试,
   * before review): its own unit's and granted interfaces it is bound to, at the gateway's test
   * rate, counted as test traffic. Ends at that time, on {@link #endTestMode}, or when the app
   * leaves the draft.
   *
   * @throws StateConflictException unless the app is a draft
   * @throws InvalidInputException for hours outside 1 … {@value #MAX_TEST_MODE_HOURS}
   */
  public void startTestMode(int hours, String actor, Instant at) {
    if (review.status() != ReviewStatus.DRAFT) {
      throw StateConflictException.keyed("testMode.draftOnly", review.status());
    }
    if (hours < 1 || hours > MAX_TEST_MODE_HOURS) {
      throw InvalidInputException.keyed("hours", "testMode.hours", "hours", MAX_TEST_MODE_HOURS);
    }
    testModeUntil = at.plus(java.time.Duration.ofHours(hours));
    testModeBy = actor;
  }

  /** Ends the test mode, if any. */
  public void endTestMode() {
    testModeUntil = null;
    testModeBy = null;
  }

  /** Whether the app may call in test mode at {@code at}: a draft whose test mode runs. */
  public boolean inTestMode(Instant at) {
    return review.status() == ReviewStatus.DRAFT
        && testModeUntil != null
        && at.isBefore(testModeUntil);
  }

  /**
   * Checks that the app may be changed now (bindings, files) without moving it.
   *
   * @throws StateConflictException while submitted, approved or online
   */
  public void checkEditable() {
    review.checkEditable(AppCenterKinds.APP);
  }

  /**
   * Files the app in the catalogue (000 8.2.3 a 服务应用分类分级; 001 6.3, 8.3.1): whom it serves, its
   * service theme, its level and its type. Only while it may be changed.
   *
   * @throws StateConflictException while submitted, approved or online
   * @throws InvalidInputException for a theme outside the object's list, or a missing value
   */
  public void classify(ServiceObject object, String themeName, ServiceLevel level, AppType type) {
    checkEditable();
    if (object == null || level == null || type == null) {
      throw InvalidInputException.keyed("catalogue", "appcenter.app.catalogueMissing");
    }
    theme = ServiceThemes.checked(object, themeName);
    serviceObject = object;
    serviceLevel = level;
    appType = type;
  }

  /**
   * Sets the gateway rate limit.
   *
   * @throws InvalidInputException outside 1 … {@value #MAX_RATE_LIMIT}
   */
  public void limitRate(int callsPerSecond) {
    if (callsPerSecond < 1 || callsPerSecond > MAX_RATE_LIMIT) {
      throw InvalidInputException.keyed(
          "callsPerSecond", "appcenter.app.rateLimit", String.valueOf(MAX_RATE_LIMIT));
    }
    rateLimit = callsPerSecond;
  }

  /**
   * Replaces the app's credentials after a re-issue (000 9.3; 003 6.3.2.3): from the commit on,
   * calls signed with the old SM2 key are refused and tickets are sealed with the new SM4 key. Any
   * state: a key thought leaked must be replaceable while the app is offline or in rectification
   * too, so that it never comes back online with the old one.
   *
   * @param sm2PublicKeyPem the new public key, or null to keep the current one
   * @param sm4KeyRef the new wrapped SM4 key, or null to keep the current one
   * @throws InvalidInputException when the "new" public key is the one the app has: nothing would
   *     change, and the unit would believe a leaked key replaced
   */
  public void reissue(String sm2PublicKeyPem, String sm4KeyRef) {
    if (sm2PublicKeyPem != null && sm2PublicKeyPem.equals(this.sm2PublicKeyPem)) {
      throw InvalidInputException.keyed("sm2PublicKey", "appcenter.app.sameSm2Key");
    }
    if (sm2PublicKeyPem != null) {
      this.sm2PublicKeyPem = sm2PublicKeyPem;
    }
    if (sm4KeyRef != null) {
      this.sm4KeyRef = sm4KeyRef;
    }
  }

  private static String checkedName(String name) {
    String text = InputRules.singleLine("name", name);
    if (text.isEmpty() || text.length() > MAX_NAME) {
      throw InvalidInputException.keyed("name", "appcenter.app.name", String.valueOf(MAX_NAME));
    }
    return text;
  }

  private static String checkedDescription(String description) {
    String text = InputRules.multiLine("description", description);
    if (text.length() > MAX_DESCRIPTION) {
      throw InvalidInputException.keyed(
          "description", "appcenter.app.description", String.valueOf(MAX_DESCRIPTION));
    }
    return text;
  }

  @Override
  public Long getId() {
    return id;
  }

  public String getAppKey() {
    return appKey;
  }

  public AccessUnit getUnit() {
    return unit;
  }

  public String getName() {
    return name;
  }

  public String getDescription() {
    return description;
  }

  public String getPageUrl() {
    return pageUrl;
  }

  public String getSm2PublicKeyPem() {
    return sm2PublicKeyPem;
  }

  public String getSm4KeyRef() {
    return sm4KeyRef;
  }

  public int getRateLimit() {
    return rateLimit;
  }

  public ServiceObject getServiceObject() {
    return serviceObject;
  }

  public String getTheme() {
    return theme;
  }

  public ServiceLevel getServiceLevel() {
    return serviceLevel;
  }

  public AppType getAppType() {
    return appType;
  }

  @Override
  public Review getReview() {
    return review;
  }

  public Instant getTestModeUntil() {
    return testModeUntil;
  }

  public String getTestModeBy() {
    return testModeBy;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
