package org.onewindow.web.api.appcenter;

/**
 * The body of {@code POST /api/v1/apps}: the app an access unit applies for (000 9.3). Without
 * {@code sm2PublicKey} the platform generates the pair and returns the private key once. {@code
 * userFields} are the personal fields the app may receive once a user agrees: any of {@code name},
 * {@code mobile}, {@code idNumber} (003 6.3.2.1 c); none when absent.
 */
public record AppRequest(
    Long unitId,
    String name,
    String description,
    String pageUrl,
    String sm2PublicKey,
    java.util.List<String> userFields) {}
