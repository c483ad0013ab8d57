package org.onewindow.web.portal.matter;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.onewindow.matter.service.MatterBookmark;
import org.onewindow.matter.service.MatterFootprintService;

/** The signed-in user's footprints (足迹, issue 20 item 5): the matters viewed, each deletable. */
@Named
@RequestScoped
public class MyFootprints {

  @EJB private MatterFootprintService footprints;

  private List<MatterBookmark> list;

  public List<MatterBookmark> getList() {
    if (list == null) {
      list = footprints.list();
    }
    return list;
  }

  public String delete(String code) {
    footprints.delete(code);
    return "my-footprints.xhtml?faces-redirect=true";
  }

  public String deleteAll() {
    footprints.deleteAll();
    return "my-footprints.xhtml?faces-redirect=true";
  }
}
