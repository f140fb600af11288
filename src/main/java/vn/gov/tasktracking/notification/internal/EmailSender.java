package vn.gov.tasktracking.notification.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import vn.gov.tasktracking.notification.NotificationSettings;

/**
 * Sends one notification through the SMTP server of {@code spring.mail.*}, telling an address that
 * is wrong for good (the caller records it as failed) from a server that is away for now (the
 * caller lets the job retry).
 */
@Component
public class EmailSender {

  /** The address cannot receive mail; retrying would not help. */
  public static class RefusedAddressException extends Exception {
    RefusedAddressException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private final JavaMailSender mail;
  private final NotificationSettings settings;

  public EmailSender(ObjectProvider<JavaMailSender> mail, NotificationSettings settings) {
    this.mail = mail.getIfAvailable();
    this.settings = settings;
    if (settings.isOn(Channel.EMAIL) && this.mail == null) {
      throw new IllegalStateException(
          "tasktracking.notification.channels includes email, but no SMTP server is configured: set spring.mail.host (see README)");
    }
  }

  /**
   * @param key the notification's key: the message's Message-ID, so that a copy sent twice can be
   *     recognised by mail systems, and its {@code X-Tasktracking-Key} header
   * @throws RefusedAddressException the address is malformed or the server refused it
   * @throws MailException the server could not be reached or failed otherwise: worth retrying
   */
  public void send(String key, String address, String name, NotificationLog.Entry entry)
      throws RefusedAddressException {
    InternetAddress to = recipient(address, name);
    try {
      MimeMessage message =
          new MimeMessage(mail.createMimeMessage().getSession()) {
            @Override
            protected void updateMessageID() throws MessagingException {
              setHeader("Message-ID", "<" + key + "@" + domain(settings.mailFrom()) + ">");
            }
          };
      MimeMessageHelper helper =
          new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
      helper.setFrom(settings.mailFrom(), settings.mailFromName());
      helper.setTo(to);
      helper.setSubject(entry.subject());
      helper.setText(entry.emailText(), entry.emailHtml());
      message.setHeader("X-Tasktracking-Key", key);
      mail.send(message);
    } catch (MessagingException | UnsupportedEncodingException e) {
      throw new IllegalStateException("cannot build the e-mail of notification " + key, e);
    } catch (MailSendException e) {
      for (Exception failure : e.getFailedMessages().values()) {
        if (failure instanceof SendFailedException refused
            && refused.getInvalidAddresses() != null
            && refused.getInvalidAddresses().length > 0) {
          throw new RefusedAddressException(
              "Máy chủ thư từ chối địa chỉ " + address + ": " + oneLine(refused.getMessage()), e);
        }
      }
      throw e;
    }
  }

  /** Why a retryable failure happened, in Vietnamese, with the server's own words. */
  public static String describe(MailException e) {
    String cause = e.getMostSpecificCause().getMessage();
    String what =
        e instanceof MailAuthenticationException
            ? "máy chủ thư không chấp nhận đăng nhập (kiểm tra spring.mail.username, spring.mail.password)"
            : "không kết nối hoặc không gửi được qua máy chủ thư";
    return what + (cause == null ? "" : " (" + oneLine(cause) + ")");
  }

  private static InternetAddress recipient(String address, String name)
      throws RefusedAddressException {
    try {
      InternetAddress to = new InternetAddress(address, true);
      to.validate();
      if (name != null) {
        to.setPersonal(name, StandardCharsets.UTF_8.name());
      }
      return to;
    } catch (AddressException | UnsupportedEncodingException e) {
      throw new RefusedAddressException("Địa chỉ thư điện tử '" + address + "' không hợp lệ.", e);
    }
  }

  private static String domain(String address) {
    int at = address.lastIndexOf('@');
    return at < 0 ? "localhost" : address.substring(at + 1).replace(">", "").trim();
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").trim();
  }
}
