package vn.gov.tasktracking.notification.internal;

/** Where a notification, or one of its channels, stands. */
public enum DeliveryState {
  /** Recorded, not yet delivered: its delivery job waits, runs or is retried. */
  PENDING,
  /** Delivered. */
  SENT,
  /** Not delivered, with the reason in the log: a wrong or missing address, or retries ran out. */
  FAILED
}
