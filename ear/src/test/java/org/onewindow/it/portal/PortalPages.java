package org.onewindow.it.portal;

import java.util.List;

/**
 * Every portal page the accessibility check visits (issue 20 item 9: zero serious or critical
 * violations on every portal page): the one list to extend when a page is added. A path may name
 * {@code {matter}}, replaced by the code of a published matter the test made, {@code {agency}}, by
 * its agency, {@code {hall}} by a hall of the test's that handles the matter and takes
 * appointments, and {@code {day}} by a day it does.
 */
final class PortalPages {

  /** Pages anyone may open. */
  static final List<String> PUBLIC =
      List.of(
          "/portal/",
          "/portal/matters.xhtml",
          "/portal/matters.xhtml?target=natural-person&theme=transport&province=440000&city=440300",
          "/portal/matters.xhtml?agency={agency}&nature=administrative-power",
          "/portal/matter.xhtml?code={matter}",
          "/portal/matter.xhtml?code=NOSUCHMATTER01",
          "/portal/halls.xhtml",
          "/portal/filing-verification.xhtml?no=NOSUCHRECORD&sig=x",
          "/portal/search.xhtml?q=%E7%A4%BE%E4%BF%9D",
          "/portal/search.xhtml?q=shebao&target=NATURAL_PERSON&sort=name",
          "/portal/service-map.xhtml",
          "/portal/code-verification.xhtml",
          "/portal/privacy.xhtml");

  /** Pages behind the portal's login. */
  static final List<String> SIGNED_IN =
      List.of(
          "/portal/me.xhtml",
          "/portal/matter.xhtml?code={matter}",
          "/portal/my-favourites.xhtml",
          "/portal/my-footprints.xhtml",
          "/portal/my-cases.xhtml",
          "/portal/my-code.xhtml",
          "/portal/apply.xhtml?matter={matter}",
          "/portal/appointment.xhtml",
          "/portal/appointment.xhtml?hall={hall}&date={day}&matter={matter}",
          "/portal/my-appointments.xhtml",
          "/portal/my-subscriptions.xhtml");

  private PortalPages() {}
}
