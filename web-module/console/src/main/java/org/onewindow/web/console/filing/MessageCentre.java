package org.onewindow.web.console.filing;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.onewindow.notice.NoticeService;
import org.onewindow.notice.NoticeView;
import org.onewindow.web.console.ConsolePages;

/**
 * 我的消息 (issue 18 item 4): the caller's own notices, newest first, each linking to the console page
 * it is about, and marking one read.
 */
@Named
@ViewScoped
public class MessageCentre implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One page of notices: the newest a person is likely to act on. */
  static final int PAGE = 50;

  @EJB private NoticeService notices;

  private List<NoticeView> shown;
  private long unread;

  public List<NoticeView> getNotices() {
    if (shown == null) {
      shown = notices.mine(0, PAGE, ConsolePages.language());
      unread = notices.unread();
    }
    return shown;
  }

  public long getUnread() {
    getNotices();
    return unread;
  }

  public void markRead(long id) {
    if (ConsolePages.attempt(() -> notices.markRead(id))) {
      shown = null;
    }
  }
}
