package org.onewindow.appcenter.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.onewindow.appcenter.domain.InterfaceDefinition;
import org.onewindow.appcenter.domain.InterfaceTestRecord;
import org.onewindow.appcenter.domain.RegisteredInterface;
import org.onewindow.appcenter.domain.ReturnFormat;
import org.onewindow.appcenter.infrastructure.JsonDisplay;
import org.onewindow.appcenter.infrastructure.ProcessResponseCheck;
import org.onewindow.appcenter.infrastructure.SensitiveWordScanner;
import org.onewindow.common.Messages;
import org.onewindow.common.Roles;
import org.onewindow.common.UnitScope;
import org.onewindow.crypto.mask.TextMasker;
import org.onewindow.ops.audit.AuditEvent;
import org.onewindow.ops.audit.AuditService;
import org.onewindow.outbound.UpstreamResult;

/**
 * The two short transactions around a connectivity test (000 9.4.3): {@link #prepare} reads the
 * interface and the lexicon, {@link #keep} judges the answer and records it with its audit line.
 * {@link InterfaceTestService} sends the request between the two, outside any transaction, so a
 * probe waiting up to its timeout on a slow upstream holds no database connection.
 */
@Stateless
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.APP_REVIEWER, Roles.UNIT_DEVELOPER, Roles.API_CLIENT})
@TransactionAttribute(
    TransactionAttributeType.REQUIRES_NEW) // short and its own, whatever the caller
public class InterfaceTestJournal {

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @Resource private SessionContext session;

  @EJB private SensitiveWordService lexicon;

  @EJB private AuditService audit;

  @EJB private InterfaceFeedbackService feedback;

  /**
   * The interface as the caller may see it, with the values checked against its parameters.
   *
   * @throws org.onewindow.common.NotFoundException when there is no such interface for the caller
   * @throws org.onewindow.common.InvalidInputException on a missing, unknown or overlong value
   */
  public PreparedTest prepare(long interfaceId, Map<String, String> values) {
    RegisteredInterface registered =
        new InterfaceRecords(em).findVisible(interfaceId, UnitScope.of(session));
    InterfaceDefinition definition = registered.definition();
    return new PreparedTest(
        interfaceId,
        registered.getName(),
        registered.getRevision(),
        definition,
        InterfaceTestService.checkedValues(definition, values),
        lexicon.words());
  }

  /** Judges the answer, keeps the record (masked) and its audit line, and returns the view. */
  public InterfaceTestView keep(PreparedTest test, UpstreamResult result, Instant at) {
    InterfaceDefinition definition = test.definition();
    boolean judged = result.succeeded() && definition.returnFormat() == ReturnFormat.JSON;
    List<ProcessResponseCheck.Finding> findings =
        judged ? ProcessResponseCheck.check(result.body()) : List.of();
    List<SensitiveWordScanner.Hit> hits =
        new SensitiveWordScanner(test.sensitiveWords()).scanCall(test.parameters(), result.body());
    String actor = session.getCallerPrincipal().getName();
    InterfaceTestRecord record =
        new InterfaceTestRecord(
            test.interfaceId(),
            test.revision(),
            actor,
            at,
            TextMasker.mask(InterfaceTestService.summary(definition, test.parameters())),
            result.outcome().name(),
            result.status(),
            result.latencyMillis(),
            result.code().code(),
            result.message(),
            judged && ProcessResponseCheck.conforms(findings),
            findings.stream()
                .map(f -> record("appcenter.test.findingLine", f.level(), f.field(), f.text()))
                .collect(Collectors.joining("\n")),
            hits.stream()
                .map(h -> record("appcenter.test.hitLine", h.location(), h.word(), h.count()))
                .collect(Collectors.joining("\n")),
            TextMasker.mask(headers(result)),
            TextMasker.mask(JsonDisplay.pretty(result.body())));
    em.persist(record);
    em.flush();
    // 000 9.4.3 b: words found are fed back to the interface's provider (one item per word set).
    feedback.raise(test.interfaceId(), record.getId(), hits, test.parameters(), result.body());
    audit.recordInCallersTransaction(
        new AuditEvent(
            at,
            "platform",
            "INTERFACE_TESTED",
            actor,
            result.succeeded() ? "success" : "failure",
            record(
                "appcenter.audit.interfaceTested",
                String.valueOf(test.interfaceId()),
                test.interfaceName(),
                result.text())));
    return InterfaceTestView.of(record);
  }

  /** A line of the test record or of the audit trail: kept in the platform's language (zh-CN). */
  private static String record(String key, Object... arguments) {
    return Messages.text(key, Messages.PLATFORM_LOCALE, arguments);
  }

  private static String headers(UpstreamResult result) {
    return result.headers().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> e.getKey() + ": " + String.join(", ", e.getValue()))
        .collect(Collectors.joining("\n"));
  }
}
