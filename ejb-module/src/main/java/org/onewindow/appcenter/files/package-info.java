/**
 * File intake for app onboarding (000 9.3, 图3 “应用上传与调试”; the package and screenshots of filing, 000
 * 10.1): H5 packages, Android packages, icons and screenshots.
 *
 * <p>{@link org.onewindow.appcenter.files.AppFileStore} streams an upload to a server-named file
 * outside the web root while counting its bytes and taking its SM3 fingerprint (003 6.3.2.3 d),
 * then decides what it is from its first bytes ({@link org.onewindow.appcenter.files.FileFormat}),
 * never from the name or declared content type the client sent, and looks inside: {@link
 * org.onewindow.appcenter.files.PackageInspector} walks a zip counting the bytes it really inflates
 * (zip slip, zip bombs, duplicate or encrypted entries, the entry point an H5 app or APK needs);
 * {@link org.onewindow.appcenter.files.ImageInspector} reads image dimensions from the header so
 * nothing absurd is ever decoded. Only a file that passes every check is moved into place; a
 * refused upload leaves nothing behind and is an {@link org.onewindow.common.InvalidInputException}
 * with a message for the uploader.
 *
 * <p>Plain Java, no container: a service passes the stream of a multipart part and keeps the
 * returned {@link org.onewindow.appcenter.files.StoredFile} as the upload's record.
 */
package org.onewindow.appcenter.files;
