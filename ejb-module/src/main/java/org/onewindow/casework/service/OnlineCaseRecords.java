package org.onewindow.casework.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.onewindow.casework.domain.CaseMaterialFileKind;
import org.onewindow.casework.domain.OnlineCase;
import org.onewindow.casework.domain.OnlineCaseEvent;
import org.onewindow.casework.domain.OnlineCaseState;
import org.onewindow.casework.domain.OnlineMaterial;
import org.onewindow.common.NotFoundException;
import org.onewindow.files.FileStore;
import org.onewindow.matter.service.MaterialView;
import org.onewindow.notice.Notices;

/** The online cases' rows, read and written in the caller's transaction. */
final class OnlineCaseRecords {

  /** Where a notice about a case takes the applicant (the portal's case page). */
  static final String CASE_LINK = "/portal/case.xhtml?id=";

  private final EntityManager em;

  OnlineCaseRecords(EntityManager em) {
    this.em = em;
  }

  /** The caller's open draft of a matter, if any. */
  Optional<OnlineCase> draft(String applicant, String matterCode) {
    return em.createQuery(
            "select c from OnlineCase c where c.applicant = :a and c.matterCode = :m"
                + " and c.state = :s order by c.id desc",
            OnlineCase.class)
        .setParameter("a", applicant)
        .setParameter("m", matterCode)
        .setParameter("s", OnlineCaseState.DRAFT)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /**
   * A case by id, locked for a change.
   *
   * @throws NotFoundException when there is none
   */
  OnlineCase forUpdate(long id) {
    OnlineCase found = em.find(OnlineCase.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (found == null) {
      throw NotFoundException.keyed("casework.online.notFound");
    }
    return found;
  }

  /**
   * A submitted case by number, locked for a change when {@code lock}.
   *
   * @throws NotFoundException when there is none
   */
  OnlineCase byNumber(String caseNo, boolean lock) {
    String number = caseNo == null ? "" : caseNo.strip();
    OnlineCase found =
        em.createQuery("select c from OnlineCase c where c.caseNo = :n", OnlineCase.class)
            .setParameter("n", number)
            .setLockMode(lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> NotFoundException.keyed("casework.online.notFound"));
    return found;
  }

  /**
   * Opens material {@code materialId} of case {@code caseId} from {@code store}.
   *
   * @throws NotFoundException when the case has no such material
   */
  MaterialContent open(FileStore store, long caseId, long materialId) {
    OnlineMaterial m = em.find(OnlineMaterial.class, materialId);
    if (m == null || m.getCaseId() != caseId) {
      throw NotFoundException.keyed("casework.online.notFound");
    }
    try {
      return new MaterialContent(
          m.getStorageName().endsWith(".png") ? "image/png" : "image/jpeg",
          m.getSize(),
          store.open(m.getStorageName()));
    } catch (IOException e) {
      throw new UncheckedIOException("reading a material failed", e);
    }
  }

  /** The platform's store of materials (the one directory of every capability's uploads). */
  static FileStore store(Clock clock) {
    return FileStore.platform(EnumSet.of(CaseMaterialFileKind.MATERIAL), clock);
  }

  List<OnlineMaterial> materials(long caseId) {
    return em.createQuery(
            "select m from OnlineMaterial m where m.caseId = :c order by m.id",
            OnlineMaterial.class)
        .setParameter("c", caseId)
        .getResultList();
  }

  /**
   * The slots of the matter's 材料目录 with what was handed in for each; an uploaded material the
   * matter no longer lists stays, as optional.
   */
  List<MaterialSlot> slots(List<MaterialView> catalogue, long caseId) {
    Map<String, MaterialSlot> slots = new LinkedHashMap<>();
    for (MaterialView m : catalogue) {
      slots.put(m.name(), new MaterialSlot(null, m.name(), m.required(), null, 0, null, null));
    }
    for (OnlineMaterial m : materials(caseId)) {
      MaterialSlot listed = slots.get(m.getMaterialName());
      slots.put(
          m.getMaterialName(),
          new MaterialSlot(
              m.getId(),
              m.getMaterialName(),
              listed != null && listed.required(),
              m.getOriginalName(),
              m.getSize(),
              m.getSm3Hex(),
              m.getUploadedAt()));
    }
    return new ArrayList<>(slots.values());
  }

  /** The materials handed in, as slots (a submitted case's view). */
  List<MaterialSlot> handedIn(long caseId) {
    return materials(caseId).stream()
        .map(
            m ->
                new MaterialSlot(
                    m.getId(),
                    m.getMaterialName(),
                    false,
                    m.getOriginalName(),
                    m.getSize(),
                    m.getSm3Hex(),
                    m.getUploadedAt()))
        .toList();
  }

  List<ProgressStep> progress(long caseId) {
    return em.createQuery(
            "select e from OnlineCaseEvent e where e.caseId = :c order by e.at, e.id",
            OnlineCaseEvent.class)
        .setParameter("c", caseId)
        .getResultStream()
        .map(e -> new ProgressStep(e.getState(), e.getAt(), e.getNote()))
        .toList();
  }

  /**
   * Records a step of the case's progress and tells the applicant (001 7.3: the applicant follows
   * the case; the notice appears in the message centre), in the same transaction as the change.
   */
  void record(OnlineCase c, String actor, String note, Instant at) {
    em.persist(new OnlineCaseEvent(c.getId(), c.getState(), actor, note, at));
    Notices.post(
        em,
        c.getApplicant(),
        "casework.online.notice." + c.getState().name(),
        CASE_LINK + c.getCaseNo(),
        at,
        c.getCaseNo(),
        c.getMatterName());
  }
}
