/**
 * {@code /api/v1/search…}: the portal's search, its suggestions and hot words (public, as the
 * published matters are), and the search lexicon for platform administrators.
 */
package org.onewindow.web.api.interaction;
