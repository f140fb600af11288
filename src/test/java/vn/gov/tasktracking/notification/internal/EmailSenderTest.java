package vn.gov.tasktracking.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import vn.gov.tasktracking.notification.DeliveryState;
import vn.gov.tasktracking.notification.NotificationKind;
import vn.gov.tasktracking.notification.NotificationSettings;

/**
 * How a mail failure is told apart: an address wrong for good is recorded, anything else retried.
 */
class EmailSenderTest {

  private static final NotificationSettings EMAIL_ON =
      new NotificationSettings(
          "http://localhost:8080",
          Set.of(Channel.INBOX, Channel.EMAIL),
          "thongbao@langson.gov.vn",
          "Hệ thống");
  private static final NotificationLog.Entry ENTRY =
      new NotificationLog.Entry(
          "NV-1.reminder.a.1",
          NotificationKind.REMINDER,
          "a",
          "NV-1",
          "Nhắc hạn",
          "Nội dung",
          "Nội dung",
          "<p>Nội dung</p>",
          "http://localhost:8080/api/tasks/NV-1",
          Instant.now(),
          DeliveryState.PENDING,
          DeliveryState.PENDING,
          DeliveryState.PENDING,
          null,
          0,
          null,
          null);

  private final JavaMailSender mail = mock(JavaMailSender.class);
  private final EmailSender sender = new EmailSender(provider(mail), EMAIL_ON);

  EmailSenderTest() {
    when(mail.createMimeMessage())
        .thenReturn(new MimeMessage(Session.getInstance(new Properties())));
  }

  @Test
  void anAddressTheServerRefusesForGoodIsNotRetried() throws Exception {
    doThrow(
            new MailSendException(
                Map.of(
                    new Object(),
                    new SendFailedException(
                        "550 5.1.1 User unknown",
                        null,
                        new Address[0],
                        new Address[0],
                        new Address[] {new InternetAddress("khongco@langson.gov.vn")}))))
        .when(mail)
        .send(any(MimeMessage.class));

    assertThatThrownBy(
            () -> sender.send(ENTRY.key(), "khongco@langson.gov.vn", "Người Nhận", ENTRY))
        .isInstanceOf(EmailSender.RefusedAddressException.class)
        .hasMessage("Máy chủ thư từ chối địa chỉ khongco@langson.gov.vn: 550 5.1.1 User unknown");
  }

  @Test
  void aServerThatCannotBeReachedIsRetried() {
    MailSendException down =
        new MailSendException(
            "Mail server connection failed",
            new MessagingException("Couldn't connect to host, port: 127.0.0.1, 2525"));
    doThrow(down).when(mail).send(any(MimeMessage.class));

    assertThatThrownBy(() -> sender.send(ENTRY.key(), "a@langson.gov.vn", null, ENTRY))
        .isSameAs(down);
    assertThat(EmailSender.describe(down))
        .isEqualTo(
            "không kết nối hoặc không gửi được qua máy chủ thư (Couldn't connect to host, port: 127.0.0.1, 2525)");
  }

  @Test
  void aMalformedAddressIsRefusedBeforeAnyServerIsAsked() {
    assertThatThrownBy(() -> sender.send(ENTRY.key(), "hai@@langson", null, ENTRY))
        .isInstanceOf(EmailSender.RefusedAddressException.class)
        .hasMessage("Địa chỉ thư điện tử 'hai@@langson' không hợp lệ.");
  }

  @Test
  void emailOnWithoutAnSmtpServerStopsTheStart() {
    assertThatThrownBy(() -> new EmailSender(provider(null), EMAIL_ON))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("spring.mail.host");
  }

  private static org.springframework.beans.factory.ObjectProvider<JavaMailSender> provider(
      JavaMailSender mail) {
    DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
    if (mail != null) {
      beans.registerSingleton("mailSender", mail);
    }
    return beans.getBeanProvider(JavaMailSender.class);
  }
}
