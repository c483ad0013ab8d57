package org.onewindow.web.portal.matter;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.onewindow.matter.service.MatterBookmark;
import org.onewindow.matter.service.MatterFavouriteService;

/** The signed-in user's favourite matters (issue 20 items 2 and 5): listed, each removable. */
@Named
@RequestScoped
public class MyFavourites {

  @EJB private MatterFavouriteService favourites;

  private List<MatterBookmark> list;

  public List<MatterBookmark> getList() {
    if (list == null) {
      list = favourites.list();
    }
    return list;
  }

  public String remove(String code) {
    favourites.remove(code);
    return "my-favourites.xhtml?faces-redirect=true";
  }
}
