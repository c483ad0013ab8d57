package org.onewindow.web.console.appcenter;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.onewindow.appcenter.domain.CredentialReissue;
import org.onewindow.appcenter.service.AppCredentialService;
import org.onewindow.appcenter.service.ReissuedCredentials;
import org.onewindow.web.console.ConsolePages;

/**
 * The app page's 重新签发密钥 panel (000 9.3; 003 6.3.2.3): re-issues the SM4 key and/or the SM2 key pair
 * and shows the new secrets on this view only, once; a later request of the page never shows them
 * again, as the platform keeps no clear copy.
 */
@Named
@ViewScoped
public class ReissueCredentials implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AppCredentialService credentials;

  private boolean sm4Key = true;
  private boolean sm2Key = true;
  private String sm2PublicKey;
  private ReissuedCredentials reissued;

  public void reissue(long appId) {
    reissued = null;
    ReissuedCredentials[] result = new ReissuedCredentials[1];
    if (ConsolePages.attempt(
        () ->
            result[0] =
                credentials.reissue(appId, CredentialReissue.of(sm4Key, sm2Key, sm2PublicKey)))) {
      reissued = result[0];
      sm2PublicKey = null;
      ConsolePages.info(
          Texts.of(jakarta.faces.context.FacesContext.getCurrentInstance(), "app.credentials.done")
              + reissued.reissued());
    }
  }

  public boolean isSm4Key() {
    return sm4Key;
  }

  public void setSm4Key(boolean sm4Key) {
    this.sm4Key = sm4Key;
  }

  public boolean isSm2Key() {
    return sm2Key;
  }

  public void setSm2Key(boolean sm2Key) {
    this.sm2Key = sm2Key;
  }

  public String getSm2PublicKey() {
    return sm2PublicKey;
  }

  public void setSm2PublicKey(String sm2PublicKey) {
    this.sm2PublicKey = sm2PublicKey;
  }

  public ReissuedCredentials getReissued() {
    return reissued;
  }
}
