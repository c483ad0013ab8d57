package org.onewindow.web.console.review;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The reason typed into a page's review panel, shared by the page's step beans: a rejection and
 * going offline need one (the service says so), any other step keeps it in the history line.
 */
@Named
@ViewScoped
public class ReviewReason implements Serializable {

  private static final long serialVersionUID = 1L;

  private String text;

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  /** After a step went through: the next one starts without a reason. */
  public void clear() {
    text = null;
  }
}
