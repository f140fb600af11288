package vn.gov.tasktracking.notification;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.gov.tasktracking.notification.internal.Channel;
import vn.gov.tasktracking.notification.internal.ServedAddress;

/**
 * {@code tasktracking.notification.*}.
 *
 * @param baseUrl where people reach the product, when a proxy stands in front of it; links in
 *     notifications start with it. Blank: the address the application serves ({@link
 *     ServedAddress})
 * @param channels the channels notifications go to; the embedded default is the inbox alone, which
 *     needs no mail server
 * @param mailFrom the sender address of e-mails
 * @param mailFromName the sender name people see
 */
@ConfigurationProperties("tasktracking.notification")
public record NotificationSettings(
    @DefaultValue("") String baseUrl,
    @DefaultValue("inbox") Set<Channel> channels,
    @DefaultValue("no-reply@localhost") String mailFrom,
    @DefaultValue("Hệ thống theo dõi nhiệm vụ UBND tỉnh") String mailFromName) {

  /**
   * Notifications about an inspection carry its code (KT-12) where others carry a register number.
   */
  public static final String INSPECTION_PREFIX = "KT-";

  public boolean isOn(Channel channel) {
    return channels.contains(channel);
  }

  /**
   * The address a notification opens, in Tasklist: the step itself when the caller knows it; else
   * the page of the task's record (or the inspection's), which sends the person who opens it on to
   * the step they must work on when there is one ({@code goto=step}), as the person opening it may
   * not be the only recipient.
   */
  public static String taskLink(String base, String registerNumber, String camundaTaskId) {
    String root =
        (base.endsWith("/") ? base.substring(0, base.length() - 1) : base)
            + "/camunda/app/tasklist/default/#/";
    if (camundaTaskId != null) {
      return root + "?task=" + camundaTaskId;
    }
    return root + "?record=" + registerNumber + "&goto=step";
  }

  /**
   * Links of notifications stored before they opened Tasklist: the task in the API, or the
   * inspection.
   */
  private static final Pattern API_TASK_LINK = Pattern.compile("/api/tasks/([A-Za-z0-9-]+)");

  private static final Pattern API_INSPECTION_LINK = Pattern.compile("/api/inspections/(\\d+)");
  private static final Pattern RECORD_LINK = Pattern.compile("[?&]record=([A-Za-z0-9-]+)");

  /**
   * What a stored notification is about: the register number or inspection code its key starts with
   * ({@code NV-2026-000123.new-task.…}), or, for a row without a key, the one its link names,
   * whatever kind of link it was stored with; null when neither tells.
   */
  public static String targetOf(String notificationKey, String link) {
    if (notificationKey != null && notificationKey.indexOf('.') > 0) {
      String prefix = notificationKey.substring(0, notificationKey.indexOf('.'));
      if (!prefix.equals("TB")) {
        return prefix;
      }
    }
    if (link == null) {
      return null;
    }
    for (Pattern p : new Pattern[] {RECORD_LINK, API_TASK_LINK}) {
      Matcher m = p.matcher(link);
      if (m.find()) {
        return m.group(1);
      }
    }
    Matcher inspection = API_INSPECTION_LINK.matcher(link);
    return inspection.find() ? INSPECTION_PREFIX + inspection.group(1) : null;
  }
}
