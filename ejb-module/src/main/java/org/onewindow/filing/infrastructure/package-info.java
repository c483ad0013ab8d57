/**
 * Adapters of the filing capability to libraries: reading install packages (Android through apksig
 * and a binary-XML reader of our own; iOS, HarmonyOS and mini-program archives through their
 * metadata files) and rendering the filing record as a PDF with its QR code.
 */
package org.onewindow.filing.infrastructure;
