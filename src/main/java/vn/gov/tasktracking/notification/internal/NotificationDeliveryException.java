package vn.gov.tasktracking.notification.internal;

/** A delivery failed for now and its job is retried; the message is what Cockpit shows. */
public class NotificationDeliveryException extends RuntimeException {
  public NotificationDeliveryException(String message, Throwable cause) {
    super(message, cause);
  }
}
