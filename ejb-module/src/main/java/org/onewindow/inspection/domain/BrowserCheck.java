package org.onewindow.inspection.domain;

import org.onewindow.common.Labelled;

/** Whether an app page's inspection rendered it in a browser (界面巡检, 000 8.2.3 c). */
public enum BrowserCheck implements Labelled {
  /** Rendered in headless Chromium; the record holds what the browser found. */
  RENDERED,
  /** The page did not finish loading within the page timeout: a failed inspection. */
  TIMED_OUT,
  /**
   * No browser check: none is configured on this node ({@code onewindow.inspection.chromium}), it
   * could not start, or the HTTP check already failed. Never a failure by itself.
   */
  NOT_AVAILABLE;

  @Override
  public String labelKey() {
    return "inspection.browserCheck." + name();
  }
}
