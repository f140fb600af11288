package vn.gov.tasktracking.notification;

/** A delivery failed for now and its job is retried; the message is what Cockpit shows. */
class NotificationDeliveryException extends RuntimeException {
  NotificationDeliveryException(String message, Throwable cause) {
    super(message, cause);
  }
}
