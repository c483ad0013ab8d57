package org.onewindow.it.support;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * axe-core (Deque, the engine browsers' own audits use) run on the page a {@link Browser} shows:
 * WCAG 2.0/2.1 A and AA rules (000 8.1.2 f; 001 6.1 a, i; 000 10.3 e). A test asserts no violation
 * of serious or critical impact; the failure lists each rule with the elements that break it, so
 * the report says what to fix.
 */
public final class Accessibility {

  /** The rule sets checked: WCAG 2.0 and 2.1, levels A and AA. */
  private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  /** The impacts a portal page must not have. */
  private static final Set<String> BLOCKING = Set.of("serious", "critical");

  private Accessibility() {}

  /** The violations of serious or critical impact on the page shown now, one line per element. */
  public static List<String> seriousViolations(Browser browser) {
    Results results = new AxeBuilder().withTags(TAGS).analyze(browser.driver());
    if (results.isErrored()) {
      throw new IllegalStateException("axe did not run: " + results.getErrorMessage());
    }
    return results.getViolations().stream()
        .filter(rule -> BLOCKING.contains(rule.getImpact()))
        .flatMap(rule -> describe(rule).stream())
        .toList();
  }

  /**
   * Fails, naming every serious or critical violation, unless the page shown now has none.
   *
   * @param where what the page is, for the message (its address and viewport)
   */
  public static void assertNoSeriousViolations(Browser browser, String where) {
    List<String> violations = seriousViolations(browser);
    if (!violations.isEmpty()) {
      throw new AssertionError(
          where
              + ": "
              + violations.size()
              + " serious or critical accessibility violations\n"
              + String.join("\n", violations));
    }
  }

  private static List<String> describe(Rule rule) {
    return rule.getNodes().stream()
        .map(
            node ->
                "  ["
                    + rule.getImpact()
                    + "] "
                    + rule.getId()
                    + " ("
                    + rule.getHelp()
                    + ") at "
                    + target(node)
                    + ": "
                    + shorten(node.getHtml())
                    + (node.getFailureSummary() == null
                        ? ""
                        : " — " + node.getFailureSummary().replace('\n', ' ')))
        .collect(Collectors.toList());
  }

  private static String target(CheckedNode node) {
    return String.valueOf(node.getTarget());
  }

  private static String shorten(String html) {
    String text = html == null ? "" : html.replace('\n', ' ');
    return text.length() <= 200 ? text : text.substring(0, 200) + "…";
  }
}
