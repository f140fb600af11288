package vn.gov.tasktracking.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Đưa vào hộp thư trong ứng dụng": the notification of the business key lands in its recipient's inbox. */
@Component("deliverToInboxDelegate")
class DeliverToInboxDelegate implements JavaDelegate {

  private final NotificationDelivery delivery;

  DeliverToInboxDelegate(NotificationDelivery delivery) {
    this.delivery = delivery;
  }

  @Override
  public void execute(DelegateExecution execution) {
    delivery.deliverToInbox(execution.getProcessBusinessKey());
  }
}
