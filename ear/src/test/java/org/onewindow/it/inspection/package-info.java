/**
 * Integration tests of interface and UI inspection and their automatic alarms (000 8.2.3 c; 003
 * 6.7.3), started through the API (立即巡检) against an upstream the test runs itself.
 */
package org.onewindow.it.inspection;
