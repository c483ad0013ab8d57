package org.onewindow.appcenter.repository;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.onewindow.appcenter.domain.AppFile;
import org.onewindow.appcenter.domain.AppFileKind;
import org.onewindow.review.ReviewStatus;

/** The records of files uploaded for apps (000 9.3, 图3); the bytes are in the file store. */
public final class AppFileRepository {

  private final EntityManager em;

  public AppFileRepository(EntityManager em) {
    this.em = em;
  }

  /** The app's files, newest first. */
  public List<AppFile> ofApp(long appId) {
    return em.createQuery(
            "select f from AppFile f where f.appId = :a order by f.uploadedAt desc, f.id desc",
            AppFile.class)
        .setParameter("a", appId)
        .getResultList();
  }

  /**
   * The icon file the app's publications show, if the app with that key is online and published
   * with one; the newest when there are several.
   */
  public Optional<AppFile> publishedIcon(String appKey) {
    return em.createQuery(
            "select f from AppFile f, AppPublication p, ServiceApp a"
                + " where a.appKey = :key and a.review.status = :online and p.appId = a.id"
                + " and f.id = p.iconFileId and f.appId = a.id and f.kind = :icon"
                + " order by f.id desc",
            AppFile.class)
        .setParameter("key", appKey)
        .setParameter("online", ReviewStatus.ONLINE)
        .setParameter("icon", AppFileKind.ICON)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }
}
