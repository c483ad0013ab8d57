/**
 * Table exports (issue 18 item 4): any list the console shows — filings, reviews, audit entries —
 * written as CSV or as an Excel workbook (XLSX) for the people who file it, count it or hand it on.
 * A kernel package: every capability may use it, it uses none of them; the callers give the column
 * labels (from their bundles) and the cells as text.
 */
package org.onewindow.export;
