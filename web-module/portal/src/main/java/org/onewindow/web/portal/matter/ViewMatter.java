package org.onewindow.web.portal.matter;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.onewindow.common.NotFoundException;
import org.onewindow.common.PlatformException;
import org.onewindow.matter.service.MatterDetail;
import org.onewindow.matter.service.MatterFavouriteService;
import org.onewindow.matter.service.MatterFootprintService;
import org.onewindow.matter.service.MatterNavigationService;
import org.onewindow.matter.service.MatterSubscriptionService;
import org.onewindow.web.portal.LocaleSwitch;
import org.onewindow.web.portal.SignedInUser;

/**
 * A matter's public page, {@code matter.xhtml?code=<implementation code>} (001 7.1; issue 20 item
 * 2): its version in force, laid out for a citizen; a signed-in visitor's view leaves a footprint
 * and may keep it as a favourite. The parameter's name is a contract other pages link by.
 */
@Named
@ViewScoped
public class ViewMatter implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private MatterNavigationService navigation;
  @EJB private MatterFavouriteService favourites;
  @EJB private MatterFootprintService footprints;
  @EJB private MatterSubscriptionService subscriptions;

  @Inject private LocaleSwitch language;
  @Inject private SignedInUser user;

  private String code = "";
  private MatterDetail detail;
  private boolean favourite;
  private boolean subscribed;
  private String notice;

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code == null ? "" : code.strip();
  }

  /** The view action of a GET: reads the matter and leaves the signed-in visitor's footprint. */
  public void load() {
    try {
      detail = navigation.matter(code);
    } catch (NotFoundException e) {
      detail = null;
      FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
      return;
    }
    if (user.isSignedIn()) {
      footprints.viewed(code);
      favourite = favourites.isFavourite(code);
      subscribed = subscriptions.isSubscribed(code);
    }
  }

  /** The matter in the reader's language; null when no version is in force. */
  public MatterDetail getDetail() {
    return detail == null ? null : detail.in(language.getLocale());
  }

  public boolean isFavourite() {
    return favourite;
  }

  /** Adds the matter to the favourites, or takes it out; back to the page by a GET. */
  public String toggleFavourite() {
    try {
      if (favourite) {
        favourites.remove(code);
      } else {
        favourites.add(code);
      }
    } catch (PlatformException e) {
      notice = e.message(language.getLocale());
      return null;
    }
    return "matter.xhtml?faces-redirect=true&code=" + encoded();
  }

  public boolean isSubscribed() {
    return subscribed;
  }

  /**
   * Subscribes to the matter's changes (a new version is announced in the message centre), or
   * cancels the subscription; back to the page by a GET.
   */
  public String toggleSubscription() {
    try {
      if (subscribed) {
        subscriptions.remove(code);
      } else {
        subscriptions.add(code);
      }
    } catch (PlatformException e) {
      notice = e.message(language.getLocale());
      return null;
    }
    return "matter.xhtml?faces-redirect=true&code=" + encoded();
  }

  /** What refused the last change (too many favourites), or null. */
  public String getNotice() {
    return notice;
  }

  /** This page's full address, to share. */
  public String getShareUrl() {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    String base = request.getRequestURL().toString();
    int slash = base.lastIndexOf('/');
    return base.substring(0, slash + 1) + "matter.xhtml?code=" + encoded();
  }

  /** The sign-in link that comes back to this page. */
  public String getSignInUrl() {
    return "sign-in/matter/" + encoded();
  }

  /** The code as an address parameter. */
  public String encoded() {
    return URLEncoder.encode(code, StandardCharsets.UTF_8);
  }
}
