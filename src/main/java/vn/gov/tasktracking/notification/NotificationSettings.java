package vn.gov.tasktracking.notification;

import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tasktracking.notification.*}.
 *
 * @param baseUrl where people reach the product; links in notifications start with it
 * @param channels the channels notifications go to; the embedded default is the inbox alone,
 *     which needs no mail server
 * @param mailFrom the sender address of e-mails
 * @param mailFromName the sender name people see
 */
@ConfigurationProperties("tasktracking.notification")
public record NotificationSettings(
    @DefaultValue("http://localhost:8080") String baseUrl,
    @DefaultValue("inbox") Set<Channel> channels,
    @DefaultValue("no-reply@localhost") String mailFrom,
    @DefaultValue("Hệ thống theo dõi nhiệm vụ UBND tỉnh") String mailFromName) {

  /** Notifications about an inspection carry its code (KT-12) where others carry a register number. */
  public static final String INSPECTION_PREFIX = "KT-";

  public boolean isOn(Channel channel) {
    return channels.contains(channel);
  }

  /** The address of a task: in Tasklist when its Camunda task is known, else in the register (or the inspection). */
  String taskLink(String registerNumber, String camundaTaskId) {
    String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    if (camundaTaskId != null) {
      return base + "/camunda/app/tasklist/default/#/?task=" + camundaTaskId;
    }
    if (registerNumber.startsWith(INSPECTION_PREFIX)) {
      return base + "/api/inspections/" + registerNumber.substring(INSPECTION_PREFIX.length());
    }
    return base + "/api/tasks/" + registerNumber;
  }
}
