package vn.gov.tasktracking.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.tasktracking.notification.internal.Channel;
import vn.gov.tasktracking.notification.internal.Inbox;
import vn.gov.tasktracking.notification.internal.NotificationLog;
import vn.gov.tasktracking.notification.internal.NotificationTemplates;
import vn.gov.tasktracking.notification.internal.ServedAddress;
import vn.gov.tasktracking.security.CurrentUser;
import vn.gov.tasktracking.system.EngineClock;
import vn.gov.tasktracking.system.NotFoundException;

/**
 * Tells people what happened to their tasks: what other capabilities call.
 *
 * <p>{@link #notify} records one notification per recipient, rendered from its kind's Vietnamese
 * templates, in the caller's transaction: a change that is rolled back notifies nobody, and a
 * recorded notification is never lost. The in-app inbox is a table of the same database, so the
 * message lands there in that same transaction, once, with nothing to retry. E-mail leaves the
 * database: when that channel is on, each notification starts its {@code notification-delivery}
 * process, whose asynchronous step sends it with retries and back-off.
 */
@Service
public class NotificationService {

  public static final String DELIVERY_PROCESS_KEY = "notification-delivery";

  /** One page of notifications, newest first. */
  public record Page<T>(List<T> items, long total, int page, int size) {}

  /**
   * One message of a person's inbox.
   *
   * @param target the register number (or inspection code, KT-12) the message is about, or null
   * @param link where it opens: resolved when read from its target (see {@link
   *     NotificationSettings#taskLink}), so a message stored with an older kind of link opens the
   *     same page as a new one
   */
  public record InboxMessage(
      long id,
      String kind,
      String kindLabel,
      String subject,
      String body,
      String target,
      String link,
      Instant createdAt,
      Instant readAt) {}

  /** A notification as the Office's log shows it. */
  public record LogEntry(
      String key,
      NotificationKind kind,
      String kindLabel,
      String recipient,
      String registerNumber,
      String subject,
      String link,
      Instant createdAt,
      DeliveryState state,
      DeliveryState inboxState,
      DeliveryState emailState,
      String emailAddress,
      int emailAttempts,
      String failureReason,
      Instant deliveredAt) {}

  private final NotificationLog log;
  private final Inbox inbox;
  private final NotificationSettings settings;
  private final ServedAddress address;
  private final RuntimeService runtime;
  private final CurrentUser currentUser;
  private final EngineClock clock;

  NotificationService(
      NotificationLog log,
      Inbox inbox,
      NotificationSettings settings,
      ServedAddress address,
      RuntimeService runtime,
      CurrentUser currentUser,
      EngineClock clock) {
    if (settings.channels().isEmpty()) {
      throw new IllegalStateException(
          "tasktracking.notification.channels is empty: name inbox, email or both");
    }
    this.log = log;
    this.inbox = inbox;
    this.settings = settings;
    this.address = address;
    this.runtime = runtime;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /**
   * Records a notification for each recipient (duplicates once), puts it in the inbox and starts
   * its e-mail delivery, each when that channel is on.
   *
   * @return the notifications' keys, one per recipient
   */
  @Transactional
  public List<String> notify(
      NotificationKind kind, Collection<String> recipients, TaskNotice notice) {
    if (recipients.isEmpty()) {
      return List.of();
    }
    String link =
        NotificationSettings.taskLink(
            address.base(), notice.registerNumber(), notice.camundaTaskId());
    NotificationTemplates.Rendered message = NotificationTemplates.render(kind, notice, link);
    Instant now = clock.now();
    boolean toInbox = settings.isOn(Channel.INBOX);
    boolean byEmail = settings.isOn(Channel.EMAIL);
    List<NotificationLog.Entry> entries = new ArrayList<>();
    for (String recipient : new LinkedHashSet<>(recipients)) {
      entries.add(
          new NotificationLog.Entry(
              key(kind, notice.registerNumber(), recipient),
              kind,
              recipient,
              notice.registerNumber(),
              message.subject(),
              message.body(),
              message.text(),
              message.html(),
              link,
              now,
              byEmail ? DeliveryState.PENDING : DeliveryState.SENT,
              toInbox ? DeliveryState.SENT : null,
              byEmail ? DeliveryState.PENDING : null,
              null,
              0,
              null,
              byEmail ? null : now));
    }
    log.insert(entries);
    if (toInbox) {
      inbox.deliver(entries);
    }
    if (byEmail) {
      // The product starts its own deliveries: the person whose step caused them needs no right to.
      currentUser.runAsProduct(
          () ->
              entries.forEach(
                  e -> runtime.startProcessInstanceByKey(DELIVERY_PROCESS_KEY, e.key())));
    }
    return entries.stream().map(NotificationLog.Entry::key).toList();
  }

  /**
   * Readable in Cockpit and in the log: the task, the kind, the person, and a random part that
   * makes it unique.
   */
  private static String key(NotificationKind kind, String registerNumber, String recipient) {
    return (registerNumber == null ? "TB" : registerNumber)
        + "."
        + kind.name().toLowerCase().replace('_', '-')
        + "."
        + recipient
        + "."
        + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  // ---- The inbox -------------------------------------------------------------------------

  @Transactional(readOnly = true)
  public Page<InboxMessage> inbox(String recipient, int page, int size) {
    String base = address.base();
    List<InboxMessage> items =
        inbox.page(recipient, page, size).stream()
            .map(
                m ->
                    m.target() == null
                        ? m
                        : new InboxMessage(
                            m.id(),
                            m.kind(),
                            m.kindLabel(),
                            m.subject(),
                            m.body(),
                            m.target(),
                            NotificationSettings.taskLink(base, m.target(), null),
                            m.createdAt(),
                            m.readAt()))
            .toList();
    return new Page<>(items, inbox.count(recipient), page, size);
  }

  public long unreadCount(String recipient) {
    return inbox.unread(recipient);
  }

  /**
   * @throws NotFoundException unless the message is in the recipient's own inbox
   */
  @Transactional
  public void markRead(long id, String recipient) {
    if (!inbox.markRead(id, recipient, clock.now())) {
      throw new NotFoundException("Không có thông báo mã " + id + " trong hộp thư của bạn.");
    }
  }

  // ---- The log ---------------------------------------------------------------------------

  /**
   * @param state null for every state
   */
  @Transactional(readOnly = true)
  public Page<LogEntry> log(DeliveryState state, int page, int size) {
    List<LogEntry> items =
        log.page(state, page, size).stream()
            .map(
                e ->
                    new LogEntry(
                        e.key(),
                        e.kind(),
                        e.kind().label(),
                        e.recipient(),
                        e.registerNumber(),
                        e.subject(),
                        e.link(),
                        e.createdAt(),
                        e.state(),
                        e.inboxState(),
                        e.emailState(),
                        e.emailAddress(),
                        e.emailAttempts(),
                        e.failureReason(),
                        e.deliveredAt()))
            .toList();
    return new Page<>(items, log.count(state), page, size);
  }
}
