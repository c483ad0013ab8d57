package org.onewindow.matter.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.onewindow.common.StateConflictException;
import org.onewindow.review.Review;
import org.onewindow.review.ReviewAction;
import org.onewindow.review.ReviewStatus;
import org.onewindow.review.ReviewTransition;
import org.onewindow.review.Reviewable;

/**
 * One version of an implementation-list item (实施清单, 001 7.1): every element and facet, the access
 * unit that keeps it, its {@link Review} and, once approved, its {@link Publication}. A published
 * version is never edited: an edit makes the next version, a draft, reviewed on its own; its
 * approval publishes it and supersedes the one before, which stays readable (issue 19 item 1).
 * Exactly one version of a code is {@link #isLatest() latest}: the one editors work on.
 */
@Entity
@Table(
    name = "ow_matter_version",
    uniqueConstraints =
        @UniqueConstraint(
            name = "uk_matter_version",
            columnNames = {"implementation_code", "version_number"}),
    indexes = {
      @Index(name = "ix_matter_version_publication", columnList = "publication"),
      @Index(name = "ix_matter_version_latest", columnList = "latest"),
      @Index(name = "ix_matter_version_unit", columnList = "owner_unit"),
      @Index(name = "ix_matter_version_feed", columnList = "feed_sequence")
    })
public class MatterVersion implements Reviewable {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "implementation_code", nullable = false, length = 64)
  private String implementationCode;

  /** 1 for the first version of the code, one more for each edit after publication. */
  @Column(name = "version_number", nullable = false)
  private int versionNumber;

  /** Whether this is the code's newest version. */
  @Column(name = "latest", nullable = false)
  private boolean latest;

  /** The access unit that keeps the item (the {@code access_unit} claim of its editors). */
  @Column(name = "owner_unit", nullable = false, length = MatterElements.MAX_UNIT)
  private String ownerUnit;

  @Column(name = "basic_code", nullable = false, length = 32)
  private String basicCode;

  @Column(name = "name", nullable = false, length = MatterElements.MAX_NAME)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "matter_type", nullable = false, length = 32)
  private MatterType matterType;

  @Column(name = "setting_basis", nullable = false, length = MatterElements.MAX_LONG_TEXT)
  private String settingBasis;

  @Enumerated(EnumType.STRING)
  @Column(name = "exercise_level", nullable = false, length = 16)
  private ServiceLevel exerciseLevel;

  @Column(name = "agency", nullable = false, length = MatterElements.MAX_UNIT)
  private String agency;

  @Column(name = "agency_code", nullable = false, length = 18)
  private String agencyCode;

  @Column(name = "division_code", nullable = false, length = 6)
  private String divisionCode;

  @Column(name = "statutory_limit_days", nullable = false)
  private int statutoryLimitDays;

  @Column(name = "promised_limit_days", nullable = false)
  private int promisedLimitDays;

  @Column(name = "onsite_visits", nullable = false)
  private int onsiteVisits;

  @Column(name = "acceptance_conditions", nullable = false, length = MatterElements.MAX_LONG_TEXT)
  private String acceptanceConditions;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(
      name = "ow_matter_material",
      joinColumns = @JoinColumn(name = "matter_version_id"),
      foreignKey = @ForeignKey(name = "fk_matter_material_version"))
  @OrderColumn(name = "position")
  private List<Material> materials = new ArrayList<>();

  @Column(name = "process", nullable = false, length = MatterElements.MAX_LONG_TEXT)
  private String process;

  @Column(name = "charged", nullable = false)
  private boolean charged;

  @Column(name = "charge_standard", nullable = false, length = MatterElements.MAX_CHARGE_STANDARD)
  private String chargeStandard;

  @Column(name = "charge_item", nullable = false, length = MatterElements.MAX_NAME)
  private String chargeItem;

  @Enumerated(EnumType.STRING)
  @Column(name = "handling_type", nullable = false, length = 16)
  private HandlingType handlingType;

  @Column(name = "location", nullable = false, length = MatterElements.MAX_TEXT)
  private String location;

  @Column(name = "office_hours", nullable = false, length = MatterElements.MAX_HOURS)
  private String officeHours;

  @Column(name = "consultation", nullable = false, length = MatterElements.MAX_TEXT)
  private String consultation;

  @Column(name = "faq", nullable = false, length = MatterElements.MAX_FAQ)
  private String faq;

  @Column(name = "complaint", nullable = false, length = MatterElements.MAX_TEXT)
  private String complaint;

  @Enumerated(EnumType.STRING)
  @Column(name = "target", nullable = false, length = 16)
  private ServiceTarget target;

  @Enumerated(EnumType.STRING)
  @Column(name = "theme", nullable = false, length = 32)
  private ServiceTheme theme;

  @Enumerated(EnumType.STRING)
  @Column(name = "jurisdiction", nullable = false, length = 16)
  private Jurisdiction jurisdiction;

  @Column(name = "real_name_level", nullable = false)
  private int realNameLevel;

  @Column(name = "online_url", nullable = false, length = OnlineAddress.MAX_LENGTH)
  private String onlineUrl;

  @Embedded private Review review;

  @Enumerated(EnumType.STRING)
  @Column(name = "publication", length = 16)
  private Publication publication;

  @Column(name = "published_at")
  private Instant publishedAt;

  /** When it was published, superseded or withdrawn last. */
  @Column(name = "publication_changed_at")
  private Instant publicationChangedAt;

  /** Its place in the implementation feed (set when published or withdrawn). */
  @Column(name = "feed_sequence")
  private Long feedSequence;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected MatterVersion() {
    // for JPA
  }

  private MatterVersion(
      int versionNumber, String ownerUnit, MatterElements elements, String author, Instant at) {
    this.implementationCode = elements.implementationCode();
    this.versionNumber = versionNumber;
    this.latest = true;
    this.ownerUnit = ownerUnit;
    this.review = Review.draft(author, at);
    this.createdAt = at;
    this.createdBy = author;
    write(elements);
  }

  /** The first version of a new item, a draft. */
  public static MatterVersion first(
      String ownerUnit, MatterElements elements, String author, Instant at) {
    return new MatterVersion(1, ownerUnit, elements, author, at);
  }

  /**
   * The next version of this item, a draft with the edited elements; this one stops being the
   * latest (and, if published, stays in force until the new one is approved).
   *
   * @throws StateConflictException unless this version is the latest and approved (published,
   *     superseded or withdrawn): an open draft is edited in place, a submitted one waits
   */
  public MatterVersion next(MatterElements elements, String author, Instant at) {
    if (!latest || publication == null) {
      throw StateConflictException.keyed("matter.version.notNext", implementationCode);
    }
    checkSameCode(elements);
    latest = false;
    return new MatterVersion(versionNumber + 1, ownerUnit, elements, author, at);
  }

  /**
   * Rewrites a draft's (or a rejected version's) elements.
   *
   * @throws StateConflictException while submitted or once approved
   */
  public void edit(MatterElements elements) {
    review.checkEditable(MatterKinds.MATTER);
    if (publication != null) {
      throw StateConflictException.keyed("matter.version.published", implementationCode);
    }
    checkSameCode(elements);
    write(elements);
  }

  /** A rejected version becomes a draft again, as its next revision, before it is edited. */
  public ReviewTransition revise(String author, Instant at) {
    review.checkEditable(MatterKinds.MATTER);
    return review.revise(MatterKinds.MATTER, id, author, at);
  }

  /** Takes effect on approval: in force from now, numbered in the feed. */
  public void publish(Instant at, long sequence) {
    publication = Publication.PUBLISHED;
    publishedAt = at;
    publicationChangedAt = at;
    feedSequence = sequence;
  }

  /** Replaced by a later approved version: readable in the history, no longer in force. */
  public void supersede(Instant at) {
    publication = Publication.SUPERSEDED;
    publicationChangedAt = at;
  }

  /**
   * Taken out of the list: no longer in force, told to the feed.
   *
   * @throws StateConflictException unless published
   */
  public void withdraw(Instant at, long sequence) {
    if (publication != Publication.PUBLISHED) {
      throw StateConflictException.keyed("matter.version.notPublished", implementationCode);
    }
    publication = Publication.WITHDRAWN;
    publicationChangedAt = at;
    feedSequence = sequence;
  }

  private void checkSameCode(MatterElements elements) {
    if (!elements.implementationCode().equals(implementationCode)) {
      throw org.onewindow.common.InvalidInputException.keyed(
          "implementationCode", "matter.code.changed", implementationCode);
    }
  }

  private void write(MatterElements e) {
    basicCode = e.basicCode();
    name = e.name();
    matterType = e.matterType();
    settingBasis = e.settingBasis();
    exerciseLevel = e.exerciseLevel();
    agency = e.agency();
    agencyCode = e.agencyCode();
    divisionCode = e.divisionCode();
    statutoryLimitDays = e.statutoryLimitDays();
    promisedLimitDays = e.promisedLimitDays();
    onsiteVisits = e.onsiteVisits();
    acceptanceConditions = e.acceptanceConditions();
    materials.clear();
    materials.addAll(e.materials());
    process = e.process();
    charged = e.charged();
    chargeStandard = e.chargeStandard();
    chargeItem = e.chargeItem();
    handlingType = e.handlingType();
    location = e.location();
    officeHours = e.officeHours();
    consultation = e.consultation();
    faq = e.faq();
    complaint = e.complaint();
    target = e.target();
    theme = e.theme();
    jurisdiction = e.jurisdiction();
    realNameLevel = e.realNameLevel();
    onlineUrl = e.onlineUrl();
  }

  /** The elements as kept. */
  public MatterElements elements() {
    return new MatterElements(
        implementationCode,
        basicCode,
        name,
        matterType,
        settingBasis,
        exerciseLevel,
        agency,
        agencyCode,
        divisionCode,
        statutoryLimitDays,
        promisedLimitDays,
        onsiteVisits,
        acceptanceConditions,
        materials,
        process,
        charged,
        chargeStandard,
        chargeItem,
        handlingType,
        location,
        officeHours,
        consultation,
        faq,
        complaint,
        target,
        theme,
        jurisdiction,
        realNameLevel,
        onlineUrl);
  }

  public MatterState state() {
    return MatterState.of(review.status(), publication);
  }

  @Override
  public ReviewTransition registration() {
    return review.registration(MatterKinds.MATTER, id, createdAt);
  }

  @Override
  public ReviewTransition perform(ReviewAction action, String actor, String reason, Instant at) {
    return review.perform(MatterKinds.MATTER, id, action, actor, reason, at);
  }

  @Override
  public Long getId() {
    return id;
  }

  @Override
  public Review getReview() {
    return review;
  }

  public String getImplementationCode() {
    return implementationCode;
  }

  public int getVersionNumber() {
    return versionNumber;
  }

  public boolean isLatest() {
    return latest;
  }

  public String getOwnerUnit() {
    return ownerUnit;
  }

  public String getName() {
    return name;
  }

  public String getAgency() {
    return agency;
  }

  public Publication getPublication() {
    return publication;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public Instant getPublicationChangedAt() {
    return publicationChangedAt;
  }

  public Long getFeedSequence() {
    return feedSequence;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  /** Whether the review has it under decision now. */
  public boolean submitted() {
    return review.status() == ReviewStatus.SUBMITTED;
  }
}
