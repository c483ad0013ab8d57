/**
 * The portal's matter pages (issue 20 items 1 and 2; 001 6.3, 7.1): the navigation by six facets
 * and the division cascade, a matter's page for citizens, and the signed-in user's favourites and
 * footprints. Beans read one service each and map its answer; the rules are in the {@code matter}
 * capability's services.
 */
package org.onewindow.web.portal.matter;
