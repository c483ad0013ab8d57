package org.onewindow.appcenter.service;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.onewindow.appcenter.domain.AppFile;
import org.onewindow.appcenter.domain.AppFileKind;
import org.onewindow.appcenter.repository.AppFileRepository;
import org.onewindow.appcenter.repository.AppPublicationRepository;
import org.onewindow.appcenter.repository.HallRepository;
import org.onewindow.common.NotFoundException;
import org.onewindow.crypto.Sm3;
import org.onewindow.files.FileStore;

/**
 * What the halls show the public (000 8.2.3 b 分厅上线发布; 001 8.2 e): the apps online in each hall, in
 * their display configuration, and their icons. Public data: no unit, no person, no key but the app
 * key.
 */
@Stateless
@PermitAll
public class HallDirectoryService {

  private static final Logger LOG = Logger.getLogger(HallDirectoryService.class.getName());

  /**
   * What an app key can look like ({@code app-} and base32 for issued ones); anything else: none.
   */
  private static final Pattern APP_KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  private FileStore store;

  @Inject Clock clock;

  @PostConstruct
  void start() {
    store = AppFileStores.platformStore(clock);
  }

  /** Every hall, national first. */
  public List<HallView> halls() {
    return new HallRepository(em).all().stream().map(HallView::of).toList();
  }

  /** The online apps of the hall with that code, by their order. */
  public List<HallApp> apps(String hallCode) {
    return new AppPublicationRepository(em)
        .onlineIn(hallCode == null ? "national" : hallCode).stream()
            .map(
                l ->
                    new HallApp(
                        l.displayName(), l.category(), l.sortOrder(), l.appKey(), l.hasIcon()))
            .toList();
  }

  /**
   * The validator of the icon an app shows in the halls, without its bytes: for answering a
   * conditional request cheaply.
   *
   * @return empty unless the app is online, published in a hall and has an icon there — a draft, an
   *     offline app and an unknown key all look the same
   */
  public Optional<HallIcon> iconValidator(String appKey) {
    return shownIcon(appKey).map(f -> new HallIcon(f.getSm3(), contentType(f), new byte[0]));
  }

  /**
   * The icon an app shows in the halls (000 8.2.3 b): read from the file store by the name the
   * store gave it, and only if its bytes still have the SM3 fingerprint recorded at upload.
   *
   * @return empty on the same terms as {@link #iconValidator}, or when the stored file is missing
   *     or altered (logged)
   */
  public Optional<HallIcon> icon(String appKey) {
    Optional<AppFile> shown = shownIcon(appKey);
    if (shown.isEmpty()) {
      return Optional.empty();
    }
    AppFile file = shown.get();
    byte[] bytes;
    try (InputStream in = store.open(file.getStorageName())) {
      // One byte past the icon limit tells an oversized (replaced) file from a good one.
      bytes = in.readNBytes((int) AppFileKind.ICON.defaultMaxBytes() + 1);
    } catch (NotFoundException | IOException e) {
      LOG.warning("icon file " + file.getId() + " of app " + appKey + " cannot be read: " + e);
      return Optional.empty();
    }
    if (!file.getSm3().equals(sm3(bytes))) {
      LOG.severe("icon file " + file.getId() + " of app " + appKey + " does not match its SM3");
      return Optional.empty();
    }
    return Optional.of(new HallIcon(file.getSm3(), contentType(file), bytes));
  }

  /** The icon file of the app's publications, if the app is online and published with one. */
  private Optional<AppFile> shownIcon(String appKey) {
    if (appKey == null || !APP_KEY.matcher(appKey).matches()) {
      return Optional.empty();
    }
    return new AppFileRepository(em).publishedIcon(appKey).filter(f -> contentType(f) != null);
  }

  /** The store names images by the format their magic bytes showed (FileStore). */
  private static String contentType(AppFile file) {
    String name = file.getStorageName();
    if (name.endsWith(".png")) {
      return "image/png";
    }
    if (name.endsWith(".jpg")) {
      return "image/jpeg";
    }
    return null;
  }

  private static String sm3(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(Sm3.digest(bytes));
  }
}
