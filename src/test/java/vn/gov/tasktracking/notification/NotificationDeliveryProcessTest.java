package vn.gov.tasktracking.notification;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

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
import vn.gov.tasktracking.notification.internal.NotificationDeliveryException;

/**
 * Every path of notification-delivery: the e-mail is sent in an asynchronous step of its own, after
 * the change that caused it has committed, and a failing mail waits for its retry. The step's work
 * is tested in NotificationDeliveryIT.
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

  @MockitoBean(name = "sendEmailDelegate")
  JavaDelegate email;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
  }

  @Test
  void theMailIsSentInItsOwnJobAfterTheStart() throws Exception {
    ProcessInstance instance = start();

    assertThat(instance).isWaitingAt("Task_SendEmail");
    verify(email, never()).execute(any());
    execute(job(instance));

    assertThat(instance).hasPassed("Task_SendEmail", "EndEvent_Delivered").isEnded();
    verify(email).execute(any());
  }

  @Test
  void aFailingMailWaitsForItsRetry() throws Exception {
    doThrow(new NotificationDeliveryException("máy chủ thư không trả lời", null))
        .when(email)
        .execute(any());
    ProcessInstance instance = start();

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> execute(job(instance)))
        .hasMessageContaining("máy chủ thư không trả lời");

    assertThat(instance).isWaitingAt("Task_SendEmail");
    assertThat(job(instance)).hasRetries(5);
  }

  private ProcessInstance start() {
    return runtime.startProcessInstanceByKey(
        NotificationService.DELIVERY_PROCESS_KEY, "TEST." + UUID.randomUUID());
  }
}
