package vn.gov.tasktracking.notification.internal;

import java.util.Optional;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.tasktracking.directory.DirectoryService;
import vn.gov.tasktracking.directory.Person;
import vn.gov.tasktracking.notification.DeliveryState;
import vn.gov.tasktracking.system.EngineClock;

/**
 * Sends a recorded notification by e-mail, once per key however often its job runs.
 *
 * <p>An e-mail cannot be taken back, so the moment the SMTP server accepts it is recorded in a
 * transaction of its own; a job retried after a later failure (the engine's commit, a crash) finds
 * it sent and does not send again. Only a stop between the server's acceptance and that short
 * commit can make a second copy, which carries the same Message-ID.
 */
@Service
public class NotificationDelivery {

  private final NotificationLog log;
  private final EmailSender email;
  private final DirectoryService directory;
  private final EngineClock clock;
  private final TransactionTemplate ownTransaction;

  NotificationDelivery(
      NotificationLog log,
      EmailSender email,
      DirectoryService directory,
      EngineClock clock,
      PlatformTransactionManager transactions) {
    this.log = log;
    this.email = email;
    this.directory = directory;
    this.clock = clock;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * @param lastAttempt whether the engine raises an incident if this attempt fails: the log then
   *     says failed, not pending
   * @throws NotificationDeliveryException the server is unreachable or failed: the job is retried
   */
  @Transactional
  public void sendEmail(String key, boolean lastAttempt) {
    NotificationLog.Entry entry = entry(key);
    if (entry.emailState() == DeliveryState.SENT) {
      return;
    }
    Optional<Person> person = directory.person(entry.recipient());
    String address = person.map(Person::email).filter(a -> !a.isBlank()).orElse(null);
    if (address == null) {
      log.markEmail(
          key,
          DeliveryState.FAILED,
          null,
          false,
          person.isEmpty()
              ? "Người nhận '" + entry.recipient() + "' không có trong danh mục đơn vị."
              : "Người nhận "
                  + person.get().fullName()
                  + " ("
                  + entry.recipient()
                  + ") chưa có địa chỉ thư điện tử trong danh mục đơn vị.",
          clock.now());
      return;
    }
    try {
      email.send(key, address, person.get().fullName(), entry);
    } catch (EmailSender.RefusedAddressException e) {
      log.markEmail(key, DeliveryState.FAILED, address, true, e.getMessage(), clock.now());
      return;
    } catch (MailException e) {
      String reason =
          "Chưa gửi được thư tới "
              + address
              + ": "
              + EmailSender.describe(e)
              + (lastAttempt
                  ? ". Đã hết số lần thử lại; xử lý sự cố trong Cockpit để gửi lại."
                  : "; sẽ thử lại.");
      DeliveryState state = lastAttempt ? DeliveryState.FAILED : DeliveryState.PENDING;
      inOwnTransaction(() -> log.markEmail(key, state, address, true, reason, clock.now()));
      throw new NotificationDeliveryException(reason, e);
    }
    inOwnTransaction(
        () -> log.markEmail(key, DeliveryState.SENT, address, true, null, clock.now()));
  }

  private void inOwnTransaction(Runnable work) {
    ownTransaction.executeWithoutResult(status -> work.run());
  }

  private NotificationLog.Entry entry(String key) {
    return log.find(key)
        .orElseThrow(() -> new IllegalStateException("no notification with key " + key));
  }
}
