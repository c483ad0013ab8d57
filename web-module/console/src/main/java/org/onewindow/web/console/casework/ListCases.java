package org.onewindow.web.console.casework;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.onewindow.casework.domain.CaseStage;
import org.onewindow.casework.service.CaseQuery;
import org.onewindow.casework.service.CaseQueryService;
import org.onewindow.casework.service.CaseSummary;
import org.onewindow.common.PageRequest;
import org.onewindow.common.ResultPage;
import org.onewindow.web.console.shell.PagedTable;

/**
 * 办件查询: the cases the caller may see (a unit's: its department's), newest acceptance first, a page
 * at a time, filtered on the server by department, matter and stage; applicants masked.
 */
@Named
@ViewScoped
public class ListCases implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private CaseQueryService cases;

  private String department = "";
  private String matter = "";
  private String stage = "";

  private final PagedTable<CaseSummary> table =
      new PagedTable<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected long countRows() {
          return cases.count(query());
        }

        @Override
        protected ResultPage<CaseSummary> fetch(PageRequest page) {
          return cases.search(query(), page);
        }

        @Override
        protected String keyOf(CaseSummary row) {
          return row.caseNo();
        }
      };

  private CaseQuery query() {
    return new CaseQuery(department, matter, CaseQuery.stage(stage), null, null);
  }

  public PagedTable<CaseSummary> getCases() {
    return table;
  }

  /** The form's filters apply from the next load of the table (the page's search button). */
  public void show() {
    PagedTable.toFirstPage("cases:case-table");
  }

  public List<CaseStage> getStages() {
    return List.of(CaseStage.values());
  }

  public String getDepartment() {
    return department;
  }

  public void setDepartment(String department) {
    this.department = department == null ? "" : department.strip();
  }

  public String getMatter() {
    return matter;
  }

  public void setMatter(String matter) {
    this.matter = matter == null ? "" : matter.strip();
  }

  public String getStage() {
    return stage;
  }

  public void setStage(String stage) {
    this.stage = stage == null ? "" : stage;
  }
}
