package org.onewindow.filing.domain;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The permissions that reach a user's personal data or devices, whose use a filing must declare
 * (000 10.3 h: no user data is transmitted without the user being told how and where it is used):
 * Android's runtime ("dangerous") permissions and HarmonyOS's user-granted ones. A permission not
 * listed here (network access, vibration) needs no declaration.
 */
public final class SensitivePermissions {

  private static final Set<String> ANDROID =
      Set.of(
          "ACCESS_BACKGROUND_LOCATION",
          "ACCESS_COARSE_LOCATION",
          "ACCESS_FINE_LOCATION",
          "ACCESS_MEDIA_LOCATION",
          "ACTIVITY_RECOGNITION",
          "ANSWER_PHONE_CALLS",
          "BLUETOOTH_ADVERTISE",
          "BLUETOOTH_CONNECT",
          "BLUETOOTH_SCAN",
          "BODY_SENSORS",
          "BODY_SENSORS_BACKGROUND",
          "CALL_PHONE",
          "CAMERA",
          "GET_ACCOUNTS",
          "NEARBY_WIFI_DEVICES",
          "POST_NOTIFICATIONS",
          "READ_CALENDAR",
          "READ_CALL_LOG",
          "READ_CONTACTS",
          "READ_EXTERNAL_STORAGE",
          "READ_MEDIA_AUDIO",
          "READ_MEDIA_IMAGES",
          "READ_MEDIA_VIDEO",
          "READ_MEDIA_VISUAL_USER_SELECTED",
          "READ_PHONE_NUMBERS",
          "READ_PHONE_STATE",
          "READ_SMS",
          "RECEIVE_MMS",
          "RECEIVE_SMS",
          "RECEIVE_WAP_PUSH",
          "RECORD_AUDIO",
          "SEND_SMS",
          "USE_SIP",
          "WRITE_CALENDAR",
          "WRITE_CALL_LOG",
          "WRITE_CONTACTS",
          "WRITE_EXTERNAL_STORAGE");

  private static final Set<String> HARMONY =
      Set.of(
          "ohos.permission.APPROXIMATELY_LOCATION",
          "ohos.permission.LOCATION",
          "ohos.permission.LOCATION_IN_BACKGROUND",
          "ohos.permission.CAMERA",
          "ohos.permission.MICROPHONE",
          "ohos.permission.READ_CONTACTS",
          "ohos.permission.WRITE_CONTACTS",
          "ohos.permission.READ_CALENDAR",
          "ohos.permission.WRITE_CALENDAR",
          "ohos.permission.READ_MEDIA",
          "ohos.permission.WRITE_MEDIA",
          "ohos.permission.READ_IMAGEVIDEO",
          "ohos.permission.READ_HEALTH_DATA",
          "ohos.permission.ACTIVITY_MOTION",
          "ohos.permission.ACCESS_BLUETOOTH",
          "ohos.permission.DISTRIBUTED_DATASYNC");

  private SensitivePermissions() {}

  /** Whether a requested permission needs a declared use. */
  public static boolean isSensitive(String permission) {
    if (permission.startsWith("android.permission.")) {
      return ANDROID.contains(permission.substring("android.permission.".length()));
    }
    return HARMONY.contains(permission);
  }

  /**
   * The sensitive permissions requested without a declared use, sorted (000 10.3 h).
   *
   * @param requested what the package asks for
   * @param uses what the privacy declaration says each is used for
   */
  public static List<String> undeclared(List<String> requested, List<PermissionUse> uses) {
    Set<String> declared = new TreeSet<>();
    uses.forEach(use -> declared.add(use.permission()));
    Set<String> missing = new TreeSet<>();
    for (String permission : requested) {
      if (isSensitive(permission) && !declared.contains(permission)) {
        missing.add(permission);
      }
    }
    return List.copyOf(missing);
  }
}
