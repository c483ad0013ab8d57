package org.onewindow.appcenter.domain;

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
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.onewindow.common.StateConflictException;
import org.onewindow.outbound.HttpMethod;
import org.onewindow.review.Review;
import org.onewindow.review.ReviewAction;
import org.onewindow.review.ReviewStatus;
import org.onewindow.review.ReviewTransition;
import org.onewindow.review.Reviewable;

/**
 * An interface an access unit registered with the platform (000 9.4.1–9.4.2), with where it stands
 * in its {@link Review}. The definition changes only in the states that allow it, each change a new
 * revision; every move is returned as a {@link ReviewTransition} for the caller to keep.
 */
@Entity
@Table(
    name = "ow_interface",
    uniqueConstraints =
        @UniqueConstraint(
            name = "uk_interface_unit_name",
            columnNames = {"unit_id", "name"}))
public class RegisteredInterface implements Reviewable {

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

  @Embedded private Review review;

  @Embedded private GatewaySettings gateway;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected RegisteredInterface() {
    // for JPA
  }

  /** A new draft of the unit's, revision 1. */
  public static RegisteredInterface register(
      AccessUnit unit,
      InterfaceDefinition definition,
      PlatformSigningKey signingKey,
      String actor,
      Instant at) {
    RegisteredInterface registered = new RegisteredInterface();
    registered.unit = unit;
    registered.apply(definition);
    registered.review = Review.draft(actor, at);
    registered.gateway = GatewaySettings.signedWith(signingKey.keyRef(), signingKey.publicKeyPem());
    registered.createdBy = actor;
    registered.createdAt = at;
    return registered;
  }

  /** The first line of its history; call once the interface has its id. */
  @Override
  public ReviewTransition registration() {
    return review.registration(AppCenterKinds.INTERFACE, id, createdAt);
  }

  /**
   * A new revision of the definition (rectification after a rejection or going offline).
   *
   * @throws StateConflictException while submitted, approved or online
   */
  public ReviewTransition revise(InterfaceDefinition definition, String actor, Instant at) {
    review.checkEditable(AppCenterKinds.INTERFACE);
    apply(definition);
    return review.revise(AppCenterKinds.INTERFACE, id, actor, at);
  }

  /**
   * Moves the interface on in its review.
   *
   * @throws StateConflictException when the current state does not allow the action
   * @throws org.onewindow.common.DutySeparationException when the author or submitter would decide
   * @throws org.onewindow.common.InvalidInputException when a reason is needed and missing
   */
  @Override
  public ReviewTransition perform(ReviewAction action, String actor, String reason, Instant at) {
    return review.perform(AppCenterKinds.INTERFACE, id, action, actor, reason, at);
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

  @Override
  public Long getId() {
    return id;
  }

  public AccessUnit getUnit() {
    return unit;
  }

  public String getName() {
    return name;
  }

  /** The registered address, without loading the parameter tables (the gateway's need). */
  public String getAddress() {
    return address;
  }

  public HttpMethod getMethod() {
    return method;
  }

  /**
   * Changes how the gateway calls the interface; allowed in any state (an operator may need to
   * lengthen a timeout while it is online), and audited by the caller.
   */
  public void configureGateway(AuthMode mode, int timeoutMillis, int retries) {
    gateway.change(mode, timeoutMillis, retries);
  }

  public GatewaySettings getGateway() {
    return gateway;
  }

  @Override
  public Review getReview() {
    return review;
  }

  public ReviewStatus getStatus() {
    return review.status();
  }

  public int getRevision() {
    return review.revision();
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
