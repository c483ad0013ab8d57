package org.onewindow.web.console.matter;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The matter page offers the decision to nobody who wrote or submitted the version. */
class ShowMatterTest {

  @Test
  void theAuthorAndTheSubmitterAreNotOfferedTheDecisionAnotherAdministratorIs() {
    assertTrue(ShowMatter.isOwn("editor", "editor", "editor"));
    assertTrue(ShowMatter.isOwn("editor", "editor", "submitter"), "the author");
    assertTrue(ShowMatter.isOwn("submitter", "editor", "submitter"), "the submitter");
    assertFalse(ShowMatter.isOwn("reviewer", "editor", "submitter"));
    assertFalse(ShowMatter.isOwn("", "", ""), "nobody signed in is nobody's author");
  }
}
