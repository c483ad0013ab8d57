/**
 * The matter pages of the console (001 6.3, 7.1; issue 19 item 1): the implementation list browsed
 * a page at a time by its facets, one item with its versions and its review, and the form that
 * edits a draft with every element and its 材料目录. Beans validate, call one service and map.
 */
package org.onewindow.web.console.matter;
