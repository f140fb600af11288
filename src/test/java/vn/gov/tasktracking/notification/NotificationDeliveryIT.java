package vn.gov.tasktracking.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import vn.gov.tasktracking.TestPeople;
import vn.gov.tasktracking.assignment.AssignmentService;
import vn.gov.tasktracking.assignment.DirectiveRequest;
import vn.gov.tasktracking.assignment.DirectiveRequest.TaskRequest;
import vn.gov.tasktracking.directory.DirectoryService;
import vn.gov.tasktracking.directory.Person;
import vn.gov.tasktracking.directory.Role;
import vn.gov.tasktracking.directory.internal.DirectoryFile;
import vn.gov.tasktracking.directory.internal.DirectoryFile.PersonRow;
import vn.gov.tasktracking.notification.internal.NotificationDelivery;

/**
 * Notifications of the real task-assignment process delivered to a real SMTP server (GreenMail on a
 * free port) and to the inbox: content and recipients, a server that stops and comes back, a job
 * retried after the mail went out, retries that run out, people the mail cannot reach.
 */
@SpringBootTest(
    properties = {
      "tasktracking.notification.channels=inbox,email",
      "tasktracking.notification.base-url=https://nhiemvu.langson.gov.vn",
      "tasktracking.notification.mail-from=thongbao@langson.gov.vn",
      "spring.mail.host=127.0.0.1",
      // A second engine in this JVM beside the other tests' one needs a name of its own.
      "camunda.bpm.process-engine-name=notificationit"
    })
class NotificationDeliveryIT {

  private static final int SMTP_PORT = freePort();
  private static final String NO_MAIL_OFFICER = "it.sxd.khongthu";
  private static GreenMail smtp =
      new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  @DynamicPropertySource
  static void smtpPort(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }

  @Autowired AssignmentService assignment;
  @Autowired NotificationService notifications;
  @Autowired DirectoryService directory;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired JdbcClient jdbc;
  @MockitoSpyBean NotificationDelivery delivery;

  /** Every mail received, also by a server since stopped. */
  private final List<MimeMessage> received = new ArrayList<>();

  @BeforeAll
  static void startSmtp() {
    smtp.start();
  }

  @AfterAll
  static void stopSmtp() {
    smtp.stop();
  }

  @BeforeEach
  void people() {
    TestPeople.ensure(directory);
    directory.apply(
        new DirectoryFile(
            "it-notification",
            List.of(),
            List.of(
                new PersonRow(
                    NO_MAIL_OFFICER,
                    "Cán Bộ Chưa Có Thư",
                    null,
                    null,
                    null,
                    "SXD",
                    List.of("OFFICER"),
                    true,
                    TestPeople.PASSWORD))),
        "test",
        null);
    if (!smtp.isRunning()) {
      smtp.start();
    }
    collectReceived();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aNewTaskReachesTheUnitsFocalPointsAndLeadersByMailAndInboxWithALinkToTheTask()
      throws Exception {
    String number =
        registerTask("Rà soát quy hoạch xây dựng vùng huyện Cao Lộc", LocalDate.of(2026, 12, 31));
    announce(number);

    runDeliveries(number);

    Set<String> expected =
        directory.people("SXD").stream()
            .filter(
                p ->
                    p.active()
                        && (p.roles().contains(Role.FOCAL_POINT)
                            || p.roles().contains(Role.UNIT_LEADER)))
            .map(Person::email)
            .collect(Collectors.toSet());
    assertThat(expected)
        .contains(TestPeople.SXD_OFFICER + "@example.vn", TestPeople.SXD_LEADER + "@example.vn");
    List<MimeMessage> mails = mailsFor(number);
    assertThat(mails)
        .extracting(m -> ((InternetAddress) m.getAllRecipients()[0]).getAddress())
        .containsExactlyInAnyOrderElementsOf(expected);
    MimeMessage mail =
        mails.stream()
            .filter(m -> to(m).equals(TestPeople.SXD_LEADER + "@example.vn"))
            .findFirst()
            .orElseThrow();
    assertThat(mail.getSubject()).isEqualTo("Nhiệm vụ mới " + number + " giao Sở Xây dựng chủ trì");
    assertThat(((InternetAddress) mail.getFrom()[0]).getAddress())
        .isEqualTo("thongbao@langson.gov.vn");
    assertThat(((InternetAddress) mail.getFrom()[0]).getPersonal())
        .isEqualTo("Hệ thống theo dõi nhiệm vụ UBND tỉnh");
    assertThat(((InternetAddress) mail.getAllRecipients()[0]).getPersonal())
        .isEqualTo("Kiểm Thử Lãnh Đạo Sở");
    String key = mail.getHeader("X-Tasktracking-Key")[0];
    assertThat(mail.getMessageID()).isEqualTo("<" + key + "@langson.gov.vn>");
    String link =
        "https://nhiemvu.langson.gov.vn/camunda/app/tasklist/default/#/?record="
            + number
            + "&goto=step";
    assertThat(part(mail, "text/plain"))
        .contains(
            "Sở Xây dựng được giao chủ trì nhiệm vụ " + number,
            "Nội dung nhiệm vụ: Rà soát quy hoạch xây dựng vùng huyện Cao Lộc",
            "Hạn xử lý: 31/12/2026.",
            "Xem nhiệm vụ: " + link);
    assertThat(part(mail, "text/html"))
        .contains(
            "<html lang=\"vi\">",
            "href=\"" + com.samskivert.mustache.Escapers.HTML.escape(link) + "\"",
            "Rà soát quy hoạch");

    Map<String, Object> inbox =
        jdbc.sql("select * from notification where notification_key = ?")
            .param(key)
            .query()
            .singleRow();
    assertThat(inbox)
        .containsEntry("RECIPIENT", TestPeople.SXD_LEADER)
        .containsEntry("KIND", "NEW_TASK")
        .containsEntry("SUBJECT", mail.getSubject())
        .containsEntry("LINK", link);
    assertThat(logRow(key))
        .containsEntry("STATE", "SENT")
        .containsEntry("INBOX_STATE", "SENT")
        .containsEntry("EMAIL_STATE", "SENT")
        .containsEntry("EMAIL_ATTEMPTS", 1);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).count())
        .isZero();
  }

  @Test
  void theMailServerStopsMidRunAndOnceBackEveryNotificationGoesOutExactlyOnce() throws Exception {
    List<String> numbers =
        List.of(
            registerTask("Nhiệm vụ một", null),
            registerTask("Nhiệm vụ hai", null),
            registerTask("Nhiệm vụ ba", null));
    numbers.forEach(this::announce);
    List<String> keys = numbers.stream().flatMap(n -> keysOf(n).stream()).toList();
    assertThat(keys).hasSizeGreaterThanOrEqualTo(6);
    runDeliveries(numbers.get(0));

    collectReceived();
    smtp.stop();
    Outcome whileDown = runDeliveries(numbers.get(1)).plus(runDeliveries(numbers.get(2)));

    int waiting = keysOf(numbers.get(1)).size() + keysOf(numbers.get(2)).size();
    assertThat(whileDown.failures()).isEqualTo(waiting);
    for (String key : keys.subList(keysOf(numbers.get(0)).size(), keys.size())) {
      assertThat(logRow(key))
          .containsEntry("STATE", "PENDING")
          .containsEntry("INBOX_STATE", "SENT")
          .containsEntry("EMAIL_STATE", "PENDING");
      assertThat((String) logRow(key).get("FAILURE_REASON"))
          .contains("không kết nối", "sẽ thử lại");
      assertThat(
              jdbc.sql("select count(*) from notification where notification_key = ?")
                  .param(key)
                  .query(Long.class)
                  .single())
          .isEqualTo(1);
    }
    // Back-off: nothing is due again before a minute has passed.
    assertThat(runDeliveries(numbers.get(1)).executed()).isZero();

    smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    ClockUtil.setCurrentTime(
        Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofSeconds(61))));
    Outcome afterRestart = runDeliveries(numbers.get(1)).plus(runDeliveries(numbers.get(2)));

    assertThat(afterRestart.failures()).isZero();
    assertThat(afterRestart.executed()).isEqualTo(waiting);
    collectReceived();
    Map<String, Long> mailsPerKey =
        received.stream()
            .collect(Collectors.groupingBy(NotificationDeliveryIT::key, Collectors.counting()));
    for (String key : keys) {
      assertThat(mailsPerKey.get(key)).as(key).isEqualTo(1);
      assertThat(logRow(key)).containsEntry("STATE", "SENT");
    }
  }

  @Test
  void aJobRetriedAfterTheMailWentOutDoesNotSendItAgain() throws Exception {
    String number = registerTask("Nhiệm vụ gửi lại", null);
    announce(number);
    doAnswer(
            call -> {
              call.callRealMethod();
              throw new IllegalStateException("mất kết nối cơ sở dữ liệu trước khi ghi xong bước");
            })
        .when(delivery)
        .sendEmail(anyString(), anyBoolean());

    Outcome first = runDeliveries(number);
    org.mockito.Mockito.reset(delivery);
    ClockUtil.setCurrentTime(
        Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofSeconds(61))));
    Outcome retried = runDeliveries(number);

    assertThat(first.failures()).isEqualTo(keysOf(number).size());
    assertThat(retried.failures()).isZero();
    assertThat(retried.executed()).isEqualTo(keysOf(number).size());
    collectReceived();
    for (String key : keysOf(number)) {
      assertThat(received.stream().filter(m -> key.equals(key(m))).count()).as(key).isEqualTo(1);
      assertThat(logRow(key)).containsEntry("STATE", "SENT").containsEntry("EMAIL_ATTEMPTS", 1);
      assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).count())
          .isZero();
    }
  }

  @Test
  void retriesRunOutIntoAnIncidentTheLogSaysFailedAndARetryFromCockpitSendsIt() throws Exception {
    String key =
        notifications
            .notify(
                NotificationKind.REMINDER,
                List.of(TestPeople.SXD_OFFICER),
                new TaskNotice(
                    "NV-TEST-" + UUID.randomUUID().toString().substring(0, 6),
                    "Nhắc việc",
                    "Sở Xây dựng",
                    "1/TB-UBND",
                    "UBND tỉnh",
                    LocalDate.of(2026, 12, 1),
                    null,
                    null))
            .get(0);
    ProcessInstance instance =
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).singleResult();
    smtp.stop();

    ClockUtil.setCurrentTime(new Date());
    int attempts = 0;
    List<Duration> waits = new ArrayList<>();
    Job job;
    while ((job = job(instance)).getRetries() > 0) {
      if (job.getDuedate() != null) {
        ClockUtil.setCurrentTime(job.getDuedate());
      }
      String id = job.getId();
      assertThatThrownBy(() -> management.executeJob(id))
          .hasMessageContaining("Chưa gửi được thư tới");
      attempts++;
      if (job(instance).getRetries() > 0) {
        assertThat(logRow(key)).containsEntry("STATE", "PENDING");
        waits.add(
            Duration.between(
                ClockUtil.getCurrentTime().toInstant(), job(instance).getDuedate().toInstant()));
      }
    }

    assertThat(attempts).isEqualTo(6);
    assertThat(waits)
        .containsExactly(
            Duration.ofMinutes(1),
            Duration.ofMinutes(5),
            Duration.ofMinutes(15),
            Duration.ofHours(1),
            Duration.ofHours(4));
    Incident incident =
        runtime.createIncidentQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
    assertThat(incident.getActivityId()).isEqualTo("Task_SendEmail");
    assertThat(incident.getIncidentMessage())
        .contains("Chưa gửi được thư tới " + TestPeople.SXD_OFFICER + "@example.vn");
    assertThat(logRow(key))
        .containsEntry("STATE", "FAILED")
        .containsEntry("EMAIL_STATE", "FAILED")
        .containsEntry("INBOX_STATE", "SENT")
        .containsEntry("EMAIL_ATTEMPTS", 6);
    assertThat((String) logRow(key).get("FAILURE_REASON"))
        .contains("không kết nối", "Đã hết số lần thử lại");
    assertThat(notifications.log(DeliveryState.FAILED, 0, 200).items())
        .extracting(NotificationService.LogEntry::key)
        .contains(key);

    smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    management.setJobRetries(job(instance).getId(), 1);
    management.executeJob(job(instance).getId());

    assertThat(runtime.createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(logRow(key)).containsEntry("STATE", "SENT").containsEntry("EMAIL_ATTEMPTS", 7);
    collectReceived();
    assertThat(received.stream().filter(m -> key.equals(key(m))).count()).isEqualTo(1);
  }

  @Test
  void anOfficerWithoutEmailIsLoggedAsFailedGetsTheInboxMessageAndTheTaskGoesOn() throws Exception {
    String number = registerTask("Nhiệm vụ cho cán bộ chưa có thư", null);
    String instance = announce(number);
    runDeliveries(number);
    tasks.complete(
        tasks.createTaskQuery().processInstanceId(instance).singleResult().getId(),
        Map.of("receiveDecision", "ACCEPT", "officer", NO_MAIL_OFFICER));

    Outcome outcome = runDeliveries(number);

    assertThat(outcome.failures()).isZero();
    String key =
        jdbc.sql(
                "select notification_key from notification_log where register_number = ? and kind = 'TASK_ASSIGNED'")
            .param(number)
            .query(String.class)
            .single();
    assertThat(logRow(key))
        .containsEntry("RECIPIENT", NO_MAIL_OFFICER)
        .containsEntry("STATE", "FAILED")
        .containsEntry("INBOX_STATE", "SENT")
        .containsEntry("EMAIL_STATE", "FAILED")
        .containsEntry("EMAIL_ATTEMPTS", 0);
    assertThat((String) logRow(key).get("FAILURE_REASON"))
        .isEqualTo(
            "Người nhận Cán Bộ Chưa Có Thư ("
                + NO_MAIL_OFFICER
                + ") chưa có địa chỉ thư điện tử trong danh mục đơn vị.");
    assertThat(notifications.unreadCount(NO_MAIL_OFFICER)).isPositive();
    assertThat(
            jdbc.sql("select subject from notification where notification_key = ?")
                .param(key)
                .query(String.class)
                .single())
        .isEqualTo("Anh/chị được giao thực hiện nhiệm vụ " + number);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).count())
        .isZero();
    assertThat(
            tasks
                .createTaskQuery()
                .processInstanceId(instance)
                .taskDefinitionKey("Task_CarryOutWork")
                .singleResult()
                .getAssignee())
        .isEqualTo(NO_MAIL_OFFICER);
  }

  @Test
  void aMalformedAddressLeftInTheDirectoryIsLoggedAsFailedWithoutRetrying() {
    jdbc.sql("update person set email = 'hộp thư sai@' where username = ?")
        .param(NO_MAIL_OFFICER)
        .update();
    String key =
        notifications
            .notify(
                NotificationKind.TASK_ASSIGNED,
                List.of(NO_MAIL_OFFICER),
                new TaskNotice(
                    "NV-TEST-" + UUID.randomUUID().toString().substring(0, 6),
                    "Nội dung",
                    "Sở Xây dựng",
                    "1/TB-UBND",
                    "UBND tỉnh",
                    null,
                    null,
                    null))
            .get(0);

    Outcome outcome = runDeliveries(key.substring(0, key.indexOf('.')));

    assertThat(outcome.failures()).isZero();
    assertThat(logRow(key))
        .containsEntry("STATE", "FAILED")
        .containsEntry("EMAIL_STATE", "FAILED")
        .containsEntry("EMAIL_ADDRESS", "hộp thư sai@")
        .containsEntry("FAILURE_REASON", "Địa chỉ thư điện tử 'hộp thư sai@' không hợp lệ.");
  }

  // ---- helpers ---------------------------------------------------------------------------

  private record Outcome(int executed, int failures) {
    Outcome plus(Outcome other) {
      return new Outcome(executed + other.executed, failures + other.failures);
    }
  }

  private String registerTask(String content, LocalDate deadline) {
    String number = UUID.randomUUID().toString().substring(0, 8) + "/QĐ-UBND";
    return assignment
        .register(
            new DirectiveRequest(
                number,
                LocalDate.of(2026, 11, 2),
                "COMMITTEE",
                null,
                "Trích yếu",
                null,
                List.of(new TaskRequest(content, "SXD", List.of(), deadline, null, false))))
        .registerNumbers()
        .get(0);
  }

  /** Runs the task's announcement job; returns its process instance. */
  private String announce(String registerNumber) {
    String instance =
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey("task-assignment")
            .processInstanceBusinessKey(registerNumber)
            .singleResult()
            .getId();
    management.executeJob(
        management.createJobQuery().processInstanceId(instance).singleResult().getId());
    return instance;
  }

  private List<String> keysOf(String registerNumber) {
    return jdbc.sql(
            "select notification_key from notification_log where register_number = ? order by notification_key")
        .param(registerNumber)
        .query(String.class)
        .list();
  }

  /** Runs the delivery jobs of a task's notifications that are due, until none is. */
  private Outcome runDeliveries(String registerNumber) {
    int executed = 0;
    int failures = 0;
    Set<String> failed = new java.util.HashSet<>();
    while (true) {
      List<Job> due = new ArrayList<>();
      for (ProcessInstance instance :
          runtime
              .createProcessInstanceQuery()
              .processDefinitionKey("notification-delivery")
              .processInstanceBusinessKeyLike(registerNumber + ".%")
              .list()) {
        due.addAll(
            management.createJobQuery().processInstanceId(instance.getId()).executable().list());
      }
      due.removeIf(j -> failed.contains(j.getId()));
      if (due.isEmpty()) {
        return new Outcome(executed, failures);
      }
      for (Job job : due) {
        executed++;
        try {
          management.executeJob(job.getId());
        } catch (RuntimeException e) {
          failures++;
          failed.add(job.getId());
        }
      }
    }
  }

  private Job job(ProcessInstance instance) {
    return management.createJobQuery().processInstanceId(instance.getId()).singleResult();
  }

  private Map<String, Object> logRow(String key) {
    return jdbc.sql("select * from notification_log where notification_key = ?")
        .param(key)
        .query()
        .singleRow();
  }

  private void collectReceived() {
    if (smtp.isRunning()) {
      for (MimeMessage m : smtp.getReceivedMessages()) {
        if (received.stream().noneMatch(r -> r == m)) {
          received.add(m);
        }
      }
    }
  }

  private List<MimeMessage> mailsFor(String registerNumber) {
    collectReceived();
    return received.stream().filter(m -> key(m).startsWith(registerNumber + ".")).toList();
  }

  private static String key(MimeMessage message) {
    try {
      String[] header = message.getHeader("X-Tasktracking-Key");
      return header == null ? "" : header[0];
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String to(MimeMessage message) {
    try {
      return ((InternetAddress) message.getAllRecipients()[0]).getAddress();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The text of the first part of the given type, looking inside multiparts. */
  private static String part(Part part, String type) throws Exception {
    if (part.isMimeType(type)) {
      return (String) part.getContent();
    }
    if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        String text = part(child, type);
        if (text != null) {
          return text;
        }
      }
    }
    return null;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
