package vn.gov.tasktracking.notification.internal;

/** Where a notification is delivered; which ones are on is configuration. */
public enum Channel {
  /** The in-app inbox ({@code /api/notifications}). */
  INBOX,
  /** E-mail through the SMTP server of {@code spring.mail.*}. */
  EMAIL
}
