/**
 * {@code /api/v1/matters} and {@code /api/v1/catalogue}: the implementation lists (001 7.1)
 * searched by the navigation facets (001 6.3), edited as versions and reviewed, and the basic
 * catalogue (002 6.2 a). Resources validate, call one service and answer in the envelope.
 */
package org.onewindow.web.api.matter;
