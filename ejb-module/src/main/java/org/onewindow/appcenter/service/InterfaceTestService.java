package org.onewindow.appcenter.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.onewindow.appcenter.domain.InterfaceDefinition;
import org.onewindow.appcenter.domain.ParameterDefinition;
import org.onewindow.appcenter.repository.InterfaceTestRecordRepository;
import org.onewindow.common.BusyException;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.Roles;
import org.onewindow.common.UnitScope;
import org.onewindow.ops.audit.AuditService;
import org.onewindow.outbound.BodyEncoding;
import org.onewindow.outbound.HttpMethod;
import org.onewindow.outbound.UpstreamRequest;
import org.onewindow.outbound.UpstreamResult;

/**
 * The connectivity test panel (000 9.4.3, 图4): sends a real request to a registered interface with
 * the values typed into the form generated from its parameters, judges the answer (is it reachable,
 * is it the {@code process_response} envelope, does anything contain a sensitive word) and keeps
 * the record. Outbound calls go through the address guard (no internal addresses, no redirects,
 * bounded time and size); the answer is masked before it is kept or shown (000 9.4.5).
 */
@Stateless
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.APP_REVIEWER, Roles.UNIT_DEVELOPER, Roles.API_CLIENT})
public class InterfaceTestService {

  /** Longest value a tester may type into one field. */
  static final int MAX_VALUE = 1000;

  /** Records a page lists: the newest. */
  static final int SHOWN = 20;

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @Resource private SessionContext session;

  @EJB private AuditService audit;

  @EJB private InterfaceTestJournal journal;

  @Inject private ProbeCalls probes;

  @Inject Clock clock;

  /**
   * Tests the interface with the given parameter values and keeps the record.
   *
   * <p>No transaction here, so none is held — nor a database connection — while the request waits
   * up to its timeout on the upstream: the definition is read in one short transaction and the
   * record kept in another ({@link InterfaceTestJournal}). A timed-out or failed call is recorded
   * like any other.
   *
   * @throws InvalidInputException when a required parameter is empty, a parameter is unknown or a
   *     value too long: nothing is sent
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public InterfaceTestView test(long interfaceId, Map<String, String> values) {
    PreparedTest test = journal.prepare(interfaceId, values);
    InterfaceDefinition definition = test.definition();
    UpstreamRequest request =
        definition.method() == HttpMethod.GET
            ? UpstreamRequest.get(URI.create(definition.address()), test.parameters())
            : UpstreamRequest.post(
                URI.create(definition.address()), test.parameters(), BodyEncoding.FORM);

    UpstreamResult result;
    try {
      result = probes.call(request);
    } catch (BulkheadException e) {
      throw BusyException.keyed("appcenter.test.busy");
    }
    return journal.keep(test, result, clock.instant());
  }

  /** The interface's newest test records, newest first. */
  public List<InterfaceTestView> records(long interfaceId) {
    new InterfaceRecords(em).findVisible(interfaceId, UnitScope.of(session));
    return new InterfaceTestRecordRepository(em)
        .newestOf(interfaceId, SHOWN).stream().map(InterfaceTestView::of).toList();
  }

  /** The values in the definition's order; unknown names and empty required ones are refused. */
  static Map<String, String> checkedValues(
      InterfaceDefinition definition, Map<String, String> values) {
    Map<String, String> given = values == null ? Map.of() : values;
    for (String name : given.keySet()) {
      if (definition.requestParameters().stream().noneMatch(p -> p.name().equals(name))) {
        throw InvalidInputException.keyed("parameters", "appcenter.test.unknownParameter", name);
      }
    }
    Map<String, String> checked = new LinkedHashMap<>();
    for (ParameterDefinition parameter : definition.requestParameters()) {
      String value = given.get(parameter.name());
      String text = value == null ? "" : value.strip();
      if (text.isEmpty() && parameter.required()) {
        throw InvalidInputException.keyed(
            "parameters",
            "appcenter.test.requiredMissing",
            parameter.name(),
            parameter.description());
      }
      if (text.length() > MAX_VALUE) {
        throw InvalidInputException.keyed(
            "parameters",
            "appcenter.test.valueTooLong",
            parameter.name(),
            String.valueOf(MAX_VALUE));
      }
      if (!text.isEmpty()) {
        checked.put(parameter.name(), text);
      }
    }
    return checked;
  }

  static String summary(InterfaceDefinition definition, Map<String, String> parameters) {
    return definition.method()
        + " "
        + definition.address()
        + (parameters.isEmpty()
            ? ""
            : " "
                + parameters.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("&")));
  }
}
