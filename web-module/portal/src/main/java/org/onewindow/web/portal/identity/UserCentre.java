package org.onewindow.web.portal.identity;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.onewindow.common.NotFoundException;
import org.onewindow.identity.service.ConsentService;
import org.onewindow.identity.service.ConsentView;
import org.onewindow.identity.service.UserProfile;
import org.onewindow.identity.service.UserProfileService;
import org.onewindow.notice.NoticeService;
import org.onewindow.notice.NoticeView;
import org.onewindow.web.portal.LocaleSwitch;

/**
 * 用户中心 (001 7.7; 004 6.1–6.2): the signed-in user's profile — personal data masked (003 6.3.2.1 d;
 * 000 示例8), even to the user, as a screen may be seen by others; masked by the identity service
 * ({@code UserProfileService}), not here — real-name level, messages and consents. The messages
 * (我的消息, 001 7.7 g) are the platform's notices addressed to the user: a case's progress, a consent
 * given or withdrawn, a followed matter's new version.
 */
@Named
@ViewScoped
public class UserCentre implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ConsentService consents;

  /** The newest notices the centre lists; older ones are rarely acted on. */
  static final int PAGE = 50;

  @EJB private NoticeService notices;

  @EJB private UserProfileService profiles;

  @Inject private LocaleSwitch language;

  private List<ConsentView> consentList;
  private List<NoticeView> messageList;
  private long unread;
  private UserProfile profile;

  /** The name, masked (王建国 → 王**); the login name when the account has none. */
  public String getMaskedName() {
    return profile().maskedName();
  }

  public String getUsername() {
    return profile().username();
  }

  /** The e-mail address, masked; empty when the account has none. */
  public String getMaskedEmail() {
    return profile().maskedEmail();
  }

  /** The real-name level (C 0114, 1–4) the token carries; 1 when it carries none. */
  public int getRealNameLevel() {
    return profile().realNameLevel();
  }

  /** Whether the user can still raise the level to 3 (001 7.7 b), which handling a matter needs. */
  public boolean isBelowHandlingLevel() {
    return profile().belowHandlingLevel();
  }

  /** 法人: a user acting for an enterprise, as the identity service judges it (001 7.7). */
  public boolean isEnterpriseUser() {
    return profile().party().forEnterprise();
  }

  /** The 统一社会信用代码 of the enterprise the user acts for; empty for a natural person. */
  public String getEnterpriseUscc() {
    return isEnterpriseUser() ? profile().party().enterpriseUscc() : "";
  }

  /** Masked by the identity service, as the API shows it (003 6.3.2.1 d). */
  private UserProfile profile() {
    if (profile == null) {
      profile = profiles.mine();
    }
    return profile;
  }

  public List<ConsentView> getConsents() {
    if (consentList == null) {
      consentList = consents.mine();
    }
    return consentList;
  }

  /** The user's notices, newest first, in the language the portal is read in. */
  public List<NoticeView> getMessages() {
    if (messageList == null) {
      messageList = notices.mine(0, PAGE, language.getLocale());
      unread = notices.unread();
    }
    return messageList;
  }

  /** How many of the user's notices are unread, the older ones beyond the list counted too. */
  public long getUnread() {
    getMessages();
    return unread;
  }

  /** Withdraws the consent for {@code appKey} (000 10.3 h): the app gets no more data. */
  public void revoke(String appKey) {
    consents.revoke(appKey);
    consentList = null;
  }

  public void markRead(long id) {
    try {
      notices.markRead(id);
    } catch (NotFoundException e) {
      // not the user's notice (a forged id): nothing is marked; the list shows what is theirs
    }
    messageList = null;
  }

  /** A time as the user centre shows it: Beijing time, to the minute. */
  public String when(Instant at) {
    return at == null ? "" : WHEN.format(at);
  }

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));
}
