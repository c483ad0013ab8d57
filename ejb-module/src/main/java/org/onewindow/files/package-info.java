/**
 * Shared kernel: file intake for every capability that takes uploads — app onboarding's H5
 * packages, Android packages, icons and screenshots (000 9.3, 图3 “应用上传与调试”), filing's package and
 * screenshots (000 10.1), licence scans as they come. Each capability declares its own {@link
 * org.onewindow.files.FileKind}s (appcenter's are {@code appcenter.domain.AppFileKind}) and opens a
 * {@link org.onewindow.files.FileStore} for them.
 *
 * <p>{@link org.onewindow.files.FileStore} streams an upload to a server-named file outside the web
 * root while counting its bytes and taking its SM3 fingerprint (003 6.3.2.3 d), then decides what
 * it is from its first bytes ({@link org.onewindow.files.FileFormat}), never from the name or
 * declared content type the client sent, and looks inside: {@link
 * org.onewindow.files.PackageInspector} walks a zip counting the bytes it really inflates (zip
 * slip, zip bombs, duplicate or encrypted entries, the entry point its {@link
 * org.onewindow.files.PackageLayout} needs); {@link org.onewindow.files.ImageInspector} reads image
 * dimensions from the header so nothing absurd is ever decoded. {@link
 * org.onewindow.files.UploadLimits} holds the limits, a kind's defaults unless a deployment sets
 * others. Only a file that passes every check is moved into place; a refused upload leaves nothing
 * behind and is an {@link org.onewindow.common.InvalidInputException} with a message for the
 * uploader.
 *
 * <p>Plain Java, no container and no capability's entities: a service passes the stream of a
 * multipart part and keeps the returned {@link org.onewindow.files.StoredFile} as the upload's
 * record.
 */
package org.onewindow.files;
