package org.onewindow.appcenter.service;

import java.io.Serializable;

/**
 * The icon a hall shows for an app (000 8.2.3 b 服务应用界面配置): the bytes as uploaded and checked (PNG
 * or JPEG, square, 108–4096 px), the content type the server chose from their magic bytes at
 * upload, and their SM3 fingerprint, which is the icon's cache validator.
 *
 * @param sm3 SM3 of the bytes, unpadded Base64url (003 6.3.2.3 d)
 * @param contentType {@code image/png} or {@code image/jpeg}
 * @param content the bytes; empty when only the validator was asked for
 */
public record HallIcon(String sm3, String contentType, byte[] content) implements Serializable {

  private static final long serialVersionUID = 1L;
}
