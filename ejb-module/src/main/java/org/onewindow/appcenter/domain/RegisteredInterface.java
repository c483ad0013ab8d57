package org.onewindow.appcenter.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.onewindow.common.DutySeparationException;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.StateConflictException;

/**
 * An interface an access unit registered with the platform (000 9.4.1–9.4.2), with where it stands
 * in its review. The definition changes only in the states that allow it, each change a new
 * revision; every move is returned as an {@link InterfaceTransition} for the caller to keep.
 */
@Entity
@Table(
    name = "ow_interface",
    uniqueConstraints =
        @UniqueConstraint(
            name = "uk_interface_unit_name",
            columnNames = {"unit_id", "name"}))
public class RegisteredInterface {

  public static final int MAX_REASON = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "unit_id", foreignKey = @ForeignKey(name = "fk_interface_unit"))
  private AccessUnit unit;

  @Column(name = "service_name", nullable = false, length = InterfaceDefinition.MAX_NAME)
  private String serviceName;

  @Column(name = "name", nullable = false, length = InterfaceDefinition.MAX_NAME)
  private String name;

  @Column(name = "address", nullable = false, length = InterfaceDefinition.MAX_ADDRESS)
  private String address;

  @Enumerated(EnumType.STRING)
  @Column(name = "method", nullable = false, length = 8)
  private HttpMethod method;

  @Enumerated(EnumType.STRING)
  @Column(name = "protocol", nullable = false, length = 8)
  private InterfaceProtocol protocol;

  @Enumerated(EnumType.STRING)
  @Column(name = "return_format", nullable = false, length = 8)
  private ReturnFormat returnFormat;

  @Column(name = "remark", nullable = false, length = InterfaceDefinition.MAX_REMARK)
  private String remark;

  @Column(name = "division_code", nullable = false, length = 6)
  private String divisionCode;

  @Column(name = "channel", nullable = false, length = 16)
  private String channel;

  @ElementCollection
  @CollectionTable(
      name = "ow_interface_request_param",
      joinColumns = @JoinColumn(name = "interface_id"),
      foreignKey = @ForeignKey(name = "fk_request_param_interface"))
  @OrderColumn(name = "position")
  private List<StoredParameter> requestParameters = new ArrayList<>();

  @ElementCollection
  @CollectionTable(
      name = "ow_interface_response_param",
      joinColumns = @JoinColumn(name = "interface_id"),
      foreignKey = @ForeignKey(name = "fk_response_param_interface"))
  @OrderColumn(name = "position")
  private List<StoredParameter> responseParameters = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private InterfaceStatus status;

  /** The definition's revision: 1 at registration, one more for each change. */
  @Column(name = "revision", nullable = false)
  private int revision;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** Who submitted the current revision for review; a reviewer must be someone else. */
  @Column(name = "submitted_by", length = 100)
  private String submittedBy;

  /** Who wrote the current revision; they may not decide on it either. */
  @Column(name = "authored_by", nullable = false, length = 100)
  private String authoredBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  /** The last reviewer's reason (a rejection's, or why it went offline); empty otherwise. */
  @Column(name = "last_reason", nullable = false, length = MAX_REASON)
  private String lastReason;

  @Version private long version;

  protected RegisteredInterface() {
    // for JPA
  }

  /** A new draft of the unit's, revision 1. */
  public static RegisteredInterface register(
      AccessUnit unit, InterfaceDefinition definition, String actor, Instant at) {
    RegisteredInterface registered = new RegisteredInterface();
    registered.unit = unit;
    registered.apply(definition);
    registered.status = InterfaceStatus.DRAFT;
    registered.revision = 1;
    registered.createdBy = actor;
    registered.authoredBy = actor;
    registered.createdAt = at;
    registered.updatedAt = at;
    registered.lastReason = "";
    return registered;
  }

  /** The first line of its history; call once the interface has its id. */
  public InterfaceTransition registration() {
    return new InterfaceTransition(
        id, revision, InterfaceAction.REGISTER, null, status, createdBy, createdAt, "");
  }

  /**
   * A new revision of the definition (rectification after a rejection or going offline).
   *
   * @throws StateConflictException while submitted, approved or online
   */
  public InterfaceTransition revise(InterfaceDefinition definition, String actor, Instant at) {
    if (!status.editable()) {
      throw new StateConflictException("接口当前状态为「" + status.label() + "」，不能修改；上线的接口须先下线再整改");
    }
    apply(definition);
    revision++;
    authoredBy = actor;
    return move(InterfaceAction.REVISE, actor, at, "");
  }

  /**
   * Moves the interface on in its review.
   *
   * @throws StateConflictException when the current state does not allow the action
   * @throws DutySeparationException when the submitter would decide on its own submission
   * @throws InvalidInputException when a reason is needed and missing, or too long
   */
  public InterfaceTransition perform(
      InterfaceAction action, String actor, String reason, Instant at) {
    if (action == InterfaceAction.REGISTER || action == InterfaceAction.REVISE) {
      throw new IllegalArgumentException(action + " is not a review action");
    }
    if (!action.allowedFrom(status)) {
      throw new StateConflictException("接口当前状态为「" + status.label() + "」，不能" + action.label());
    }
    if (action.isReview() && (actor.equals(submittedBy) || actor.equals(authoredBy))) {
      throw new DutySeparationException("提交人不能审核自己提交的接口，请由其他审核员审核");
    }
    String why = reason == null ? "" : reason.strip();
    if (action.needsReason() && why.isEmpty()) {
      throw new InvalidInputException("reason", action.label() + "须填写原因");
    }
    if (why.length() > MAX_REASON) {
      throw new InvalidInputException("reason", "原因不能超过" + MAX_REASON + "个字符");
    }
    if (action == InterfaceAction.SUBMIT) {
      submittedBy = actor;
    }
    lastReason = action.needsReason() ? why : lastReason;
    return move(action, actor, at, why);
  }

  private InterfaceTransition move(InterfaceAction action, String actor, Instant at, String why) {
    InterfaceStatus from = status;
    status = action.target();
    updatedAt = at;
    return new InterfaceTransition(id, revision, action, from, status, actor, at, why);
  }

  private void apply(InterfaceDefinition definition) {
    serviceName = definition.serviceName();
    name = definition.name();
    address = definition.address();
    method = definition.method();
    protocol = definition.protocol();
    returnFormat = definition.returnFormat();
    remark = definition.remark();
    divisionCode = definition.divisionCode();
    channel = definition.channel();
    requestParameters.clear();
    definition.requestParameters().forEach(p -> requestParameters.add(new StoredParameter(p)));
    responseParameters.clear();
    definition.responseParameters().forEach(p -> responseParameters.add(new StoredParameter(p)));
  }

  /** The definition as registered, in its portable form. */
  public InterfaceDefinition definition() {
    return new InterfaceDefinition(
        serviceName,
        name,
        address,
        method,
        protocol,
        returnFormat,
        remark,
        divisionCode,
        channel,
        requestParameters.stream().map(StoredParameter::toDefinition).toList(),
        responseParameters.stream().map(StoredParameter::toDefinition).toList());
  }

  public Long getId() {
    return id;
  }

  public AccessUnit getUnit() {
    return unit;
  }

  public String getName() {
    return name;
  }

  public InterfaceStatus getStatus() {
    return status;
  }

  public int getRevision() {
    return revision;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public String getAuthoredBy() {
    return authoredBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getLastReason() {
    return lastReason;
  }
}
