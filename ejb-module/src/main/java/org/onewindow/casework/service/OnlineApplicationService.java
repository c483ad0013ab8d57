package org.onewindow.casework.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.onewindow.casework.domain.ApplicantSecret;
import org.onewindow.casework.domain.CaseMaterialFileKind;
import org.onewindow.casework.domain.CasePhone;
import org.onewindow.casework.domain.DeliveryMethod;
import org.onewindow.casework.domain.OnlineCase;
import org.onewindow.casework.domain.OnlineCaseNumbers;
import org.onewindow.casework.domain.OnlineCaseState;
import org.onewindow.casework.domain.OnlineMaterial;
import org.onewindow.casework.domain.RealNameRequirement;
import org.onewindow.common.InputRules;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.NotFoundException;
import org.onewindow.common.PlatformKeys;
import org.onewindow.common.Roles;
import org.onewindow.crypto.mask.IdCardNumber;
import org.onewindow.crypto.mask.Masking;
import org.onewindow.files.FileStore;
import org.onewindow.files.StoredFile;
import org.onewindow.matter.service.MatterCatalogueService;
import org.onewindow.matter.service.MatterView;

/**
 * Applying online (001 7.2) for citizens and enterprises: the form of a published matter with what
 * the platform knows filled in (001 6.1 h), a draft kept in the database, the materials uploaded
 * through the kernel's file store, submission — which needs the matter's real-name level proven by
 * the token's {@code acr} (3 by default; {@link RealNameRequirement}) — and the applicant's own
 * cases (我的办件), with the resubmission a correction asks for (补正). An applicant sees and changes
 * only their own applications: another's answers as a missing one.
 */
@Stateless
@RolesAllowed({Roles.CITIZEN, Roles.ENTERPRISE_USER})
public class OnlineApplicationService {

  private static final int MAX_ADDRESS = 200;

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @Resource private SessionContext session;

  @EJB private MatterCatalogueService matters;

  @Inject Clock clock;

  /**
   * The form of {@code matterCode} for the caller: the open draft's content, or an empty form.
   *
   * @throws NotFoundException when no published matter has that code
   */
  public ApplicationForm open(String matterCode) {
    MatterView matter = publishedMatter(matterCode);
    CallerToken caller = CallerToken.of(session);
    return records()
        .draft(caller.username(), matter.implementationCode())
        .map(draft -> form(matter, caller, draft))
        .orElseGet(() -> emptyForm(matter, caller));
  }

  /**
   * Saves the caller's draft of {@code matterCode} (making it on first save): the purpose, the
   * delivery choice, the pledge; the ID number, phone and address sealed (SM4) and masked. Any
   * level may save a draft: only submission needs the matter's level.
   *
   * @throws InvalidInputException for a bad ID number, phone, address or text; nothing is saved
   */
  public ApplicationForm save(String matterCode, ApplicationInput input) {
    MatterView matter = publishedMatter(matterCode);
    CallerToken caller = CallerToken.of(session);
    Instant now = clock.instant();
    OnlineCase draft =
        records()
            .draft(caller.username(), matter.implementationCode())
            .orElseGet(
                () -> {
                  OnlineCase made =
                      new OnlineCase(
                          caller.username(),
                          matter.implementationCode(),
                          matter.name(),
                          matter.agency(),
                          RealNameRequirement.required(matter.realNameLevel()),
                          Masking.name(caller.displayName()),
                          now);
                  em.persist(made);
                  em.flush();
                  return made;
                });
    fill(draft, caller, input, now);
    return form(matter, caller, draft);
  }

  /**
   * Hands in the file for one material of the caller's draft, or of a case waiting for a correction
   * (补正); a file for the same material replaces the earlier one.
   *
   * @throws InvalidInputException when the material is not one the matter lists, or the file is too
   *     large, empty or no PNG/JPEG image; nothing is kept
   * @throws NotFoundException when the caller has no such application
   */
  public List<MaterialSlot> upload(
      long applicationId, String material, InputStream content, String fileName) {
    OnlineCase application = own(applicationId);
    application.checkEditable();
    MatterView matter = matters.get(application.getMatterCode());
    String name = material == null ? "" : material.strip();
    boolean listed = matter.materials().stream().anyMatch(m -> m.name().equals(name));
    if (!listed) {
      throw InvalidInputException.keyed("material", "casework.online.materialUnknown");
    }
    StoredFile stored;
    try {
      stored = store().store(CaseMaterialFileKind.MATERIAL, content, fileName);
    } catch (IOException e) {
      throw new UncheckedIOException("storing a material failed", e);
    }
    records().materials(application.getId()).stream()
        .filter(m -> m.getMaterialName().equals(name))
        .forEach(em::remove);
    em.persist(
        new OnlineMaterial(
            application.getId(),
            name,
            stored.storageName(),
            stored.originalName(),
            stored.size(),
            stored.sm3Hex(),
            stored.storedAt()));
    em.flush();
    return records().slots(matter.materials(), application.getId());
  }

  /**
   * Submits the caller's draft (001 7.2): the login must prove the matter's real-name level (the
   * token's {@code acr}); the form must carry the ID number, a phone, the address for post and the
   * pledge, and every required material must be handed in. The case gets its number, the applicant
   * a progress notice.
   *
   * @return the case number
   * @throws StepUpRequiredException when the token proves a lower level: the draft stays
   * @throws InvalidInputException naming what is missing
   */
  public String submit(long applicationId) {
    OnlineCase draft = own(applicationId);
    CallerToken caller = CallerToken.of(session);
    if (!RealNameRequirement.satisfiedBy(draft.getRequiredLevel(), caller.acr())) {
      throw new StepUpRequiredException(
          draft.getRequiredLevel(), RealNameRequirement.levelOf(caller.acr()));
    }
    if (draft.getState() != OnlineCaseState.DRAFT) {
      throw org.onewindow.common.StateConflictException.keyed(
          "casework.online.wrongState", draft.getState());
    }
    checkComplete(draft);
    Instant now = clock.instant();
    draft.submit(OnlineCaseNumbers.of(draft.getId(), now), now);
    records().record(draft, caller.username(), null, now);
    return draft.getCaseNo();
  }

  /**
   * Hands a corrected application back (补正): the form may have changed, the materials been
   * replaced; the required ones must all be there again. The case resumes where it stood.
   *
   * @throws NotFoundException when the caller has no such case
   */
  public OnlineCaseView resubmit(String caseNo) {
    OnlineCase c = ownCase(caseNo, true);
    if (c.getState() != OnlineCaseState.CORRECTION_REQUESTED) {
      throw org.onewindow.common.StateConflictException.keyed(
          "casework.online.wrongState", c.getState());
    }
    checkComplete(c);
    Instant now = clock.instant();
    c.resubmit(now);
    records().record(c, CallerToken.of(session).username(), null, now);
    return view(c);
  }

  /** The caller's submitted applications (我的办件), newest first. */
  public List<OnlineCaseSummary> mine() {
    return em.createQuery(
            "select c from OnlineCase c where c.applicant = :a and c.state <> :draft"
                + " order by c.submittedAt desc, c.id desc",
            OnlineCase.class)
        .setParameter("a", CallerToken.of(session).username())
        .setParameter("draft", OnlineCaseState.DRAFT)
        .setMaxResults(200)
        .getResultStream()
        .map(OnlineCaseSummary::of)
        .toList();
  }

  /**
   * One of the caller's cases with its progress.
   *
   * @throws NotFoundException when the caller has no case of that number
   */
  public OnlineCaseView mine(String caseNo) {
    return view(ownCase(caseNo, false));
  }

  /** The id of the caller's case {@code caseNo}, for its uploads during a correction. */
  public long idOf(String caseNo) {
    return ownCase(caseNo, false).getId();
  }

  /** The form of a case waiting for a correction: its slots, to hand in what was missing. */
  public List<MaterialSlot> slotsOf(String caseNo) {
    OnlineCase c = ownCase(caseNo, false);
    return records().slots(matters.get(c.getMatterCode()).materials(), c.getId());
  }

  private OnlineCaseView view(OnlineCase c) {
    return OnlineCaseView.of(
        c, records().handedIn(c.getId()), records().progress(c.getId()), false);
  }

  private void checkComplete(OnlineCase c) {
    if (!c.isPledged()) {
      throw InvalidInputException.keyed("pledged", "casework.online.pledgeMissing");
    }
    if (c.getApplicantIdMasked() == null || c.getApplicantPhoneMasked() == null) {
      throw InvalidInputException.keyed("idNumber", "casework.online.identityMissing");
    }
    if (c.getDeliveryMethod() == DeliveryMethod.POST && c.getDeliveryAddressMasked() == null) {
      throw InvalidInputException.keyed("deliveryAddress", "casework.delivery.addressMissing");
    }
    MatterView matter = matters.get(c.getMatterCode());
    List<String> missing =
        records().slots(matter.materials(), c.getId()).stream()
            .filter(slot -> slot.required() && !slot.uploaded())
            .map(MaterialSlot::name)
            .toList();
    if (!missing.isEmpty()) {
      throw InvalidInputException.keyed(
          "material", "casework.online.materialsMissing", String.join(", ", missing));
    }
  }

  private void fill(OnlineCase draft, CallerToken caller, ApplicationInput input, Instant now) {
    String purpose = InputRules.multiLine("purpose", input.purpose());
    if (purpose.length() > OnlineCase.MAX_TEXT) {
      throw InvalidInputException.keyed(
          "purpose", "casework.online.tooLong", String.valueOf(OnlineCase.MAX_TEXT));
    }
    ApplicantSecret stored = secretOf(draft);
    String idNumber = stored == null ? null : stored.idNumber();
    String typedId = InputRules.singleLine("idNumber", input.idNumber());
    if (!typedId.isEmpty()) {
      if (!IdCardNumber.isValid(typedId)) {
        throw InvalidInputException.keyed("idNumber", "casework.idNumber.invalid");
      }
      idNumber = IdCardNumber.parse(typedId);
    }
    String phone = stored == null ? null : stored.phone();
    String typedPhone = InputRules.singleLine("phone", input.phone());
    if (!typedPhone.isEmpty()) {
      phone = CasePhone.normalized(typedPhone);
      if (phone == null) {
        throw InvalidInputException.keyed("phone", "casework.phone.invalid");
      }
    }
    DeliveryMethod method =
        input.deliveryMethod() == null ? DeliveryMethod.ELECTRONIC : input.deliveryMethod();
    String address = stored == null ? null : stored.deliveryAddress();
    String typedAddress = InputRules.singleLine("deliveryAddress", input.deliveryAddress());
    if (typedAddress.length() > MAX_ADDRESS) {
      throw InvalidInputException.keyed(
          "deliveryAddress", "casework.online.tooLong", String.valueOf(MAX_ADDRESS));
    }
    if (!typedAddress.isEmpty()) {
      address = typedAddress;
    }
    String name = caller.displayName();
    ApplicantSecret secret =
        new ApplicantSecret(name, idNumber, phone == null ? "" : phone, address);
    String sealed;
    try (ApplicantSeals seals = new ApplicantSeals(PlatformKeys.ring())) {
      sealed = seals.seal(draft.getSealRef(), secret);
    }
    draft.fill(
        purpose,
        method,
        input.pledged(),
        sealed,
        Masking.name(name),
        idNumber == null ? null : Masking.idNumber(idNumber),
        phone == null ? null : maskPhone(phone),
        address == null ? null : Masking.address(address),
        now);
  }

  private static String maskPhone(String phone) {
    return phone.startsWith("0") ? Masking.landline(phone) : Masking.mobile(phone);
  }

  private ApplicantSecret secretOf(OnlineCase c) {
    return c.getApplicantSealed() == null
        ? null
        : ApplicantSeals.open(PlatformKeys.ring(), c.getSealRef(), c.getApplicantSealed());
  }

  private ApplicationForm form(MatterView matter, CallerToken caller, OnlineCase draft) {
    return new ApplicationForm(
        draft.getId(),
        matter.implementationCode(),
        matter.name(),
        matter.agency(),
        draft.getRequiredLevel(),
        RealNameRequirement.levelOf(caller.acr()),
        caller.displayName(),
        draft.getApplicantIdMasked(),
        draft.getApplicantPhoneMasked(),
        draft.getDeliveryAddressMasked(),
        draft.getPurpose(),
        draft.getDeliveryMethod(),
        draft.isPledged(),
        draft.getState(),
        records().slots(matter.materials(), draft.getId()));
  }

  private static ApplicationForm emptyForm(MatterView matter, CallerToken caller) {
    return new ApplicationForm(
        null,
        matter.implementationCode(),
        matter.name(),
        matter.agency(),
        RealNameRequirement.required(matter.realNameLevel()),
        RealNameRequirement.levelOf(caller.acr()),
        caller.displayName(),
        null,
        null,
        null,
        "",
        DeliveryMethod.ELECTRONIC,
        false,
        OnlineCaseState.DRAFT,
        matter.materials().stream()
            .map(m -> new MaterialSlot(null, m.name(), m.required(), null, 0, null, null))
            .toList());
  }

  private MatterView publishedMatter(String matterCode) {
    // A citizen reads published items only (MatterCatalogueService.get): a version never
    // published is an editor's draft, not something to apply for.
    MatterView matter = matters.get(matterCode);
    if (matter.publishedAt() == null) {
      throw NotFoundException.keyed("casework.online.matterNotFound");
    }
    return matter;
  }

  /** The caller's application by id, locked; another's does not exist for the caller. */
  private OnlineCase own(long id) {
    OnlineCase found = records().forUpdate(id);
    if (!found.getApplicant().equals(CallerToken.of(session).username())) {
      throw NotFoundException.keyed("casework.online.notFound");
    }
    return found;
  }

  private OnlineCase ownCase(String caseNo, boolean lock) {
    OnlineCase found = records().byNumber(caseNo, lock);
    if (!found.getApplicant().equals(CallerToken.of(session).username())) {
      throw NotFoundException.keyed("casework.online.notFound");
    }
    return found;
  }

  private OnlineCaseRecords records() {
    return new OnlineCaseRecords(em);
  }

  private FileStore store() {
    return OnlineCaseRecords.store(clock);
  }
}
