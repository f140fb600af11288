package vn.gov.tasktracking.notification;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Every path of notification-delivery: each channel that is on is its own asynchronous step, so
 * a failing mail never undoes the inbox. The steps' work is tested in NotificationDeliveryIT.
 */
@SpringBootTest(properties = "camunda.bpm.process-engine-name=notificationprocesstest")
@ActiveProfiles("test")
@Import(ProcessEngineCoverageConfiguration.class)
@TestExecutionListeners(
    listeners = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class NotificationDeliveryProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @MockitoBean(name = "deliverToInboxDelegate") JavaDelegate inbox;
  @MockitoBean(name = "sendEmailDelegate") JavaDelegate email;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
  }

  @Test
  void inboxAloneIsDeliveredInItsOwnJobAndNoMailIsSent() throws Exception {
    ProcessInstance instance = start("INBOX");

    assertThat(instance).isWaitingAt("Task_DeliverToInbox");
    verify(inbox, never()).execute(any());
    execute(job(instance));

    assertThat(instance).hasPassed("Task_DeliverToInbox", "EndEvent_Delivered").hasNotPassed("Task_SendEmail").isEnded();
    verify(inbox).execute(any());
    verify(email, never()).execute(any());
  }

  @Test
  void bothChannelsRunOneAfterTheOtherEachInItsOwnJob() throws Exception {
    ProcessInstance instance = start("EMAIL,INBOX");

    execute(job(instance));
    assertThat(instance).hasPassed("Task_DeliverToInbox").isWaitingAt("Task_SendEmail");
    execute(job(instance));

    assertThat(instance).hasPassed("Task_SendEmail", "EndEvent_Delivered").isEnded();
  }

  @Test
  void emailAloneSkipsTheInbox() throws Exception {
    ProcessInstance instance = start("EMAIL");

    assertThat(instance).isWaitingAt("Task_SendEmail");
    execute(job(instance));

    assertThat(instance).hasPassed("Task_SendEmail", "EndEvent_Delivered").hasNotPassed("Task_DeliverToInbox").isEnded();
    verify(inbox, never()).execute(any());
  }

  @Test
  void aFailingMailLeavesTheInboxDeliveredAndWaitsForItsRetry() throws Exception {
    doThrow(new NotificationDeliveryException("máy chủ thư không trả lời", null)).when(email).execute(any());
    ProcessInstance instance = start("EMAIL,INBOX");
    execute(job(instance));

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> execute(job(instance)))
        .hasMessageContaining("máy chủ thư không trả lời");

    assertThat(instance).hasPassed("Task_DeliverToInbox").isWaitingAt("Task_SendEmail");
    assertThat(job(instance)).hasRetries(5);
  }

  private ProcessInstance start(String channels) {
    return runtime.startProcessInstanceByKey(NotificationService.DELIVERY_PROCESS_KEY, "TEST." + UUID.randomUUID(),
        Map.of(NotificationService.CHANNELS_VARIABLE, channels));
  }
}
