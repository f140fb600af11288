package vn.gov.tasktracking.security.internal;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import vn.gov.tasktracking.directory.Role;

/**
 * A production start needs an administrator: either configured ({@code CAMUNDA_BPM_ADMINUSER_ID},
 * which Camunda creates while the engine starts) or already in the identity service. Without one,
 * Camunda Admin would offer its first-user page to whoever opened it first, so the start fails
 * here, before the web server takes requests. The {@code demo} profile brings its own administrator
 * and tests ({@code test}) create theirs.
 */
@Component
public class AdministratorRequired implements SmartInitializingSingleton {

  public static final String MESSAGE =
      "Chưa có quản trị hệ thống: đặt CAMUNDA_BPM_ADMINUSER_ID và CAMUNDA_BPM_ADMINUSER_PASSWORD "
          + "(camunda.bpm.admin-user) cho lần khởi động đầu tiên, hoặc chạy với profile demo. Nếu không, trang "
          + "tạo người dùng đầu tiên của Camunda Admin sẽ mở cho bất kỳ ai vào trước.";

  private final Environment environment;
  private final IdentityService identity;

  AdministratorRequired(Environment environment, IdentityService identity) {
    this.environment = environment;
    this.identity = identity;
  }

  @Override
  public void afterSingletonsInstantiated() {
    if (environment.acceptsProfiles(Profiles.of("demo | test"))) {
      return;
    }
    String configured = environment.getProperty("camunda.bpm.admin-user.id");
    if (configured != null && !configured.isBlank()) {
      return;
    }
    if (identity.createUserQuery().memberOfGroup(Role.ADMINISTRATOR.groupId()).count() == 0) {
      throw new IllegalStateException(MESSAGE);
    }
  }
}
