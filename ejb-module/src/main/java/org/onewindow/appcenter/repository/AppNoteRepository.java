package org.onewindow.appcenter.repository;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.onewindow.appcenter.domain.AppNote;

/** What was written about an app: functional tests, monitoring and optimisation notes (000 9.5). */
public final class AppNoteRepository {

  private final EntityManager em;

  public AppNoteRepository(EntityManager em) {
    this.em = em;
  }

  /** The app's notes, newest first. */
  public List<AppNote> ofApp(long appId) {
    return em.createQuery(
            "select n from AppNote n where n.appId = :a order by n.writtenAt desc, n.id desc",
            AppNote.class)
        .setParameter("a", appId)
        .getResultList();
  }
}
