package org.onewindow.inspection.domain;

import java.io.Serializable;
import java.util.List;

/**
 * What rendering an app's page in a browser found (界面巡检, 000 8.2.3 c; 003 6.7.3): script errors and
 * loads that failed, links that lead nowhere, insecure resources on a secure page, the bytes the
 * page pulled, and what it looked like.
 *
 * @param check whether the page was rendered at all
 * @param renderErrors console errors, uncaught exceptions and failed loads, all counted
 * @param renderMessages the first few of them, each short
 * @param brokenLinks links checked and found broken (status 400 or above, or unreachable)
 * @param brokenLinkUrls the first few of them, each with its status or failure
 * @param linksChecked how many of the page's links were checked (at most the link limit)
 * @param mixedContent {@code http:} resources a {@code https:} page asked for
 * @param mixedContentUrls the first few of them
 * @param pageBytes bytes received for the page and everything it loaded (encoded, as sent)
 * @param screenshot the rendered viewport as PNG, or {@code null}
 * @param note why there was no browser check, or {@code null} when there was
 */
public record PageRender(
    BrowserCheck check,
    int renderErrors,
    List<String> renderMessages,
    int brokenLinks,
    List<String> brokenLinkUrls,
    int linksChecked,
    int mixedContent,
    List<String> mixedContentUrls,
    long pageBytes,
    byte[] screenshot,
    String note)
    implements Serializable {

  /** How many messages or addresses a record keeps of each finding. */
  public static final int KEPT = 5;

  public PageRender {
    renderMessages = List.copyOf(renderMessages);
    brokenLinkUrls = List.copyOf(brokenLinkUrls);
    mixedContentUrls = List.copyOf(mixedContentUrls);
  }

  /** No browser check, for the reason given (in the platform's language). */
  public static PageRender notAvailable(String note) {
    return new PageRender(
        BrowserCheck.NOT_AVAILABLE, 0, List.of(), 0, List.of(), 0, 0, List.of(), 0, null, note);
  }

  /** The page did not load in time; what was seen until then is kept. */
  public PageRender timedOut() {
    return new PageRender(
        BrowserCheck.TIMED_OUT,
        renderErrors,
        renderMessages,
        brokenLinks,
        brokenLinkUrls,
        linksChecked,
        mixedContent,
        mixedContentUrls,
        pageBytes,
        screenshot,
        note);
  }

  /** The same findings without the screenshot's bytes (once it is stored). */
  public PageRender withoutScreenshot() {
    return new PageRender(
        check,
        renderErrors,
        renderMessages,
        brokenLinks,
        brokenLinkUrls,
        linksChecked,
        mixedContent,
        mixedContentUrls,
        pageBytes,
        null,
        note);
  }

  /**
   * Whether the browser found anything that fails the page: errors, broken links, mixed content.
   */
  public boolean hasProblems() {
    return check == BrowserCheck.TIMED_OUT
        || renderErrors > 0
        || brokenLinks > 0
        || mixedContent > 0;
  }
}
