package org.onewindow.web.console.matter;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.onewindow.common.PageRequest;
import org.onewindow.common.ResultPage;
import org.onewindow.matter.domain.Jurisdiction;
import org.onewindow.matter.domain.MatterState;
import org.onewindow.matter.domain.MatterType;
import org.onewindow.matter.domain.ServiceLevel;
import org.onewindow.matter.domain.ServiceTarget;
import org.onewindow.matter.domain.ServiceTheme;
import org.onewindow.matter.service.MatterCatalogueService;
import org.onewindow.matter.service.MatterFilter;
import org.onewindow.matter.service.MatterSummary;
import org.onewindow.web.console.ConsolePages;
import org.onewindow.web.console.shell.PagedTable;

/**
 * The implementation list (001 7.1), a page at a time, by the navigation facets of 001 6.3 and
 * words; with "my unit's items" an editor sees the latest version of each of its items instead,
 * drafts and items under review too.
 */
@Named
@ViewScoped
public class ListMatters implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private MatterCatalogueService matters;

  private String q = "";
  private String matterType = "";
  private String nature = "";
  private String target = "";
  private String agency = "";
  private String theme = "";
  private String level = "";
  private String jurisdiction = "";
  private String state = "";
  private boolean workspace;

  private final PagedTable<MatterSummary> table =
      new PagedTable<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected long countRows() {
          return matters.search(filter(), PageRequest.first(1)).total();
        }

        @Override
        protected ResultPage<MatterSummary> fetch(PageRequest page) {
          ResultPage<MatterSummary> found = matters.search(filter(), page);
          return new ResultPage<>(ConsolePages.read(found.rows()), found.total());
        }

        @Override
        protected String keyOf(MatterSummary row) {
          return row.implementationCode();
        }
      };

  private MatterFilter filter() {
    return MatterFilter.of(
        q, matterType, nature, target, agency, theme, level, jurisdiction, "", workspace, state);
  }

  public PagedTable<MatterSummary> getMatters() {
    return table;
  }

  /** The form's filters apply from the next load of the table. */
  public void show() {
    ConsolePages.attempt(this::filter); // a refused filter is the page's message
    PagedTable.toFirstPage("matter-list:matter-table");
  }

  public MatterType[] getTypes() {
    return MatterType.values();
  }

  public ServiceTarget[] getTargets() {
    return ServiceTarget.values();
  }

  public ServiceTheme[] getThemes() {
    return ServiceTheme.values();
  }

  public ServiceLevel[] getLevels() {
    return ServiceLevel.values();
  }

  public Jurisdiction[] getJurisdictions() {
    return Jurisdiction.values();
  }

  public MatterState[] getStates() {
    return MatterState.values();
  }

  public List<String> getAgencies() {
    return matters.agencies();
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q == null ? "" : q.strip();
  }

  public String getMatterType() {
    return matterType;
  }

  public void setMatterType(String matterType) {
    this.matterType = matterType == null ? "" : matterType;
  }

  public String getNature() {
    return nature;
  }

  public void setNature(String nature) {
    this.nature = nature == null ? "" : nature;
  }

  public String getTarget() {
    return target;
  }

  public void setTarget(String target) {
    this.target = target == null ? "" : target;
  }

  public String getAgency() {
    return agency;
  }

  public void setAgency(String agency) {
    this.agency = agency == null ? "" : agency;
  }

  public String getTheme() {
    return theme;
  }

  public void setTheme(String theme) {
    this.theme = theme == null ? "" : theme;
  }

  public String getLevel() {
    return level;
  }

  public void setLevel(String level) {
    this.level = level == null ? "" : level;
  }

  public String getJurisdiction() {
    return jurisdiction;
  }

  public void setJurisdiction(String jurisdiction) {
    this.jurisdiction = jurisdiction == null ? "" : jurisdiction;
  }

  public String getState() {
    return state;
  }

  public void setState(String state) {
    this.state = state == null ? "" : state;
  }

  public boolean isWorkspace() {
    return workspace;
  }

  public void setWorkspace(boolean workspace) {
    this.workspace = workspace;
  }
}
