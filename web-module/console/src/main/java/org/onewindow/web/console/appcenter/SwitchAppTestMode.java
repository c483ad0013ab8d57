package org.onewindow.web.console.appcenter;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.onewindow.appcenter.service.AppTestModeService;
import org.onewindow.web.console.ConsolePages;

/** Switches the gateway's test mode on or off for the draft app (000 9.3 功能测试; issue 14). */
@Named
@ViewScoped
public class SwitchAppTestMode implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AppTestModeService testMode;

  @Inject private ShowApp page;

  private int testModeHours = 8;

  public void startTestMode() {
    ConsolePages.attempt(() -> testMode.start(page.getId(), testModeHours));
    page.reload();
  }

  public void stopTestMode() {
    ConsolePages.attempt(() -> testMode.stop(page.getId()));
    page.reload();
  }

  public int getTestModeHours() {
    return testModeHours;
  }

  public void setTestModeHours(int testModeHours) {
    this.testModeHours = testModeHours;
  }
}
