package org.onewindow.web.portal.matter;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.onewindow.matter.service.MatterFacets;
import org.onewindow.matter.service.MatterFilter;
import org.onewindow.matter.service.MatterNavigationService;
import org.onewindow.matter.service.MatterSummary;
import org.onewindow.web.portal.LocaleSwitch;

/**
 * The portal home's entry points (000 8.1.2 h; 001 6.3): by target (个人办事, 法人办事) and by theme, each
 * with its count of matters in force, and the hot matters.
 */
@Named
@RequestScoped
public class PortalHome {

  /** Hot matters shown. */
  static final int HOT = 8;

  @EJB private MatterNavigationService navigation;

  @Inject private LocaleSwitch language;

  private MatterFacets facets;
  private List<MatterSummary> hot;

  public MatterFacets getFacets() {
    if (facets == null) {
      facets = navigation.facets(MatterFilter.published()).in(language.getLocale());
    }
    return facets;
  }

  public List<MatterSummary> getHot() {
    if (hot == null) {
      hot = navigation.hot(HOT).stream().map(m -> m.in(language.getLocale())).toList();
    }
    return hot;
  }
}
