package org.onewindow.web.console.appcenter;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.onewindow.appcenter.domain.ServiceLevel;
import org.onewindow.appcenter.domain.ServiceObject;
import org.onewindow.appcenter.domain.ServiceThemes;
import org.onewindow.appcenter.service.AppCatalogueService;
import org.onewindow.appcenter.service.AppFilter;
import org.onewindow.appcenter.service.AppView;
import org.onewindow.common.PageRequest;
import org.onewindow.common.ResultPage;
import org.onewindow.review.ReviewStatus;
import org.onewindow.web.console.ConsolePages;
import org.onewindow.web.console.shell.PagedTable;

/**
 * The app list (000 8.2.3 a 服务应用状态展示), a page at a time: every app the caller may see and where it
 * stands, filtered by theme, level, object, state and a search text; the service keeps a unit's
 * developer to its unit's apps.
 */
@Named
@ViewScoped
public class ListApps implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AppCatalogueService apps;

  private String theme = "";
  private String level = "";
  private String object = "";
  private String status = "";
  private String text = "";

  private final PagedTable<AppView> table =
      new PagedTable<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected long countRows() {
          return apps.count(filter());
        }

        @Override
        protected ResultPage<AppView> fetch(PageRequest page) {
          ResultPage<AppView> found = apps.page(filter(), page);
          return new ResultPage<>(ConsolePages.read(found.rows()), found.total());
        }

        @Override
        protected String keyOf(AppView row) {
          return String.valueOf(row.id());
        }
      };

  /** The catalogue's dynamic list (000 8.2.3 a): filtered by theme, level, object and state. */
  private AppFilter filter() {
    return new AppFilter(
        theme,
        level.isEmpty() ? null : ServiceLevel.valueOf(level),
        object.isEmpty() ? null : ServiceObject.valueOf(object),
        status.isEmpty() ? null : ReviewStatus.valueOf(status),
        text);
  }

  public PagedTable<AppView> getApps() {
    return table;
  }

  /** The form's filters apply from the next load of the table (the page's "查询"). */
  public void show() {
    PagedTable.toFirstPage("list:table");
  }

  public List<String> getThemes() {
    return ServiceThemes.of(ServiceObject.BOTH);
  }

  public ServiceLevel[] getLevels() {
    return ServiceLevel.values();
  }

  public ServiceObject[] getObjects() {
    return ServiceObject.values();
  }

  public ReviewStatus[] getStatuses() {
    return ReviewStatus.values();
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

  public String getObject() {
    return object;
  }

  public void setObject(String object) {
    this.object = object == null ? "" : object;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status == null ? "" : status;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text == null ? "" : text.strip();
  }
}
