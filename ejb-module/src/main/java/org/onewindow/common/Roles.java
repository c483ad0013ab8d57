package org.onewindow.common;

/**
 * The realm roles of the {@code onewindow} Keycloak realm, as EJBs and web descriptors name them.
 * Keep in step with {@code keycloak-realm/src/main/realm/onewindow-realm.json}.
 */
public final class Roles {

  /** 平台管理员: runs the platform and its console. */
  public static final String PLATFORM_ADMIN = "platform-admin";

  /** 应用审核员: reviews interfaces and apps (000 9.3–9.4). */
  public static final String APP_REVIEWER = "app-reviewer";

  /** 备案审核员: reviews mobile-end filings (000 10). */
  public static final String FILING_REVIEWER = "filing-reviewer";

  /** 接入单位开发者: registers its unit's interfaces and apps. */
  public static final String UNIT_DEVELOPER = "unit-developer";

  /**
   * Marker role that every administrative role above includes as a composite: Keycloak's browser
   * flow asks its holders for an OTP after the password (GB/T 22239 second factor). It grants
   * nothing in the platform; authorize on the roles above, never on this one.
   */
  public static final String ADMINISTRATOR = "administrator";

  /** 自然人用户. */
  public static final String CITIZEN = "citizen";

  /** 法人用户. */
  public static final String ENTERPRISE_USER = "enterprise-user";

  /** A system calling the API with its own service account (client credentials). */
  public static final String API_CLIENT = "api-client";

  private Roles() {}
}
