package org.onewindow.web.portal.matter;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.onewindow.matter.service.MatterBookmark;
import org.onewindow.matter.service.MatterSubscriptionService;

/**
 * The matters the signed-in user follows (issue 20 item 4): listed, each subscription cancellable;
 * a new version of each is announced in the message centre.
 */
@Named
@RequestScoped
public class MySubscriptions {

  @EJB private MatterSubscriptionService subscriptions;

  private List<MatterBookmark> list;

  public List<MatterBookmark> getList() {
    if (list == null) {
      list = subscriptions.list();
    }
    return list;
  }

  public String remove(String code) {
    subscriptions.remove(code);
    return "my-subscriptions.xhtml?faces-redirect=true";
  }
}
