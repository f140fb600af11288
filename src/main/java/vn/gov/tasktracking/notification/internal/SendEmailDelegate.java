package vn.gov.tasktracking.notification.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/** "Gửi thư điện tử": the notification of the business key goes out by e-mail. */
@Component("sendEmailDelegate")
class SendEmailDelegate implements JavaDelegate {

  private final NotificationDelivery delivery;

  SendEmailDelegate(NotificationDelivery delivery) {
    this.delivery = delivery;
  }

  @Override
  public void execute(DelegateExecution execution) {
    delivery.sendEmail(execution.getProcessBusinessKey(), isLastAttempt(execution));
  }

  /**
   * The engine raises an incident when a job that failed before fails with one retry left. The
   * step's job is the instance's only job.
   */
  private static boolean isLastAttempt(DelegateExecution execution) {
    Job job =
        execution
            .getProcessEngineServices()
            .getManagementService()
            .createJobQuery()
            .processInstanceId(execution.getProcessInstanceId())
            .singleResult();
    return job != null && job.getExceptionMessage() != null && job.getRetries() <= 1;
  }
}
