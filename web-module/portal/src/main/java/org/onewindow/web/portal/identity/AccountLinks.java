package org.onewindow.web.portal.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.onewindow.web.support.RealmAddress;

/**
 * Links from the user centre to what Keycloak does for the user (001 7.7 a–b): raising the
 * real-name level (a request for {@code acr} 3, which takes a user below it through the real-name
 * form; README "Administrator OTP, unified registration, real-name levels and step-up") and
 * changing the password (the {@code UPDATE_PASSWORD} account action). Both come back to {@link
 * AccountReturn}, which starts the portal's session afresh so the new level shows at once. The
 * authorization code they bring back (in the URL fragment, which no server sees) is never redeemed:
 * the point is what the user did there.
 */
@Named
@RequestScoped
public class AccountLinks {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject private HttpServletRequest request;

  /** Step-up to real-name level 3 (001 7.2: needed to handle a matter). */
  public String getRaiseLevel() {
    return authorize("&acr_values=3");
  }

  /** Keycloak's password change (001 7.7 a: 登录后的密码修改). */
  public String getChangePassword() {
    return authorize("&kc_action=UPDATE_PASSWORD");
  }

  private String authorize(String extra) {
    String back =
        request.getScheme()
            + "://"
            + request.getServerName()
            + ":"
            + request.getServerPort()
            + request.getContextPath()
            + AccountReturn.PATH;
    byte[] state = new byte[16];
    RANDOM.nextBytes(state);
    // The realm the portal signs in at (oidc.cli's provider): one setting, not a second address.
    return RealmAddress.realm()
        + "/protocol/openid-connect/auth?client_id=onewindow-portal"
        // The answer in the fragment: the portal's OIDC layer never sees a code it did not ask for.
        + "&response_type=code&response_mode=fragment&scope=openid&redirect_uri="
        + URLEncoder.encode(back, StandardCharsets.UTF_8)
        + "&state="
        + HexFormat.of().formatHex(state)
        + extra;
  }
}
