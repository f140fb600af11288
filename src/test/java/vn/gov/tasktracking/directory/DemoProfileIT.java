package vn.gov.tasktracking.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo profile adds a person for every role, with the password from configuration. */
@SpringBootTest(
    properties = {
      "spring.profiles.include=demo",
      "tasktracking.demo.password=Mat-khau-demo-cau-hinh",
      // The shared test database keeps no demo work: the province has its own test
      // (DemoProvinceIT).
      "tasktracking.demo.province=false",
      // A second engine in this JVM beside the other tests' one needs a name of its own.
      "camunda.bpm.process-engine-name=demoit"
    })
class DemoProfileIT {

  @Autowired DirectoryService directory;
  @Autowired IdentityService identity;

  @Test
  void demoPeopleExistForEveryRoleWithTheConfiguredPassword() {
    for (Role role : Role.values()) {
      assertThat(
              directory.people(null).stream()
                  .filter(p -> p.roles().contains(role) && p.username().indexOf("it.") != 0))
          .as(role.name())
          .isNotEmpty();
    }
    assertThat(identity.checkPassword("sxd.chuyenvien", "Mat-khau-demo-cau-hinh")).isTrue();
    assertThat(identity.checkPassword("quantri", "Mat-khau-demo-cau-hinh")).isTrue();
    assertThat(identity.createUserQuery().userId("quantri").memberOfGroup("camunda-admin").count())
        .isEqualTo(1);
    assertThat(identity.checkPassword("demo", "demo")).isFalse();
  }

  /** Other tests share the database and check that, without the profile, no demo person exists. */
  @AfterAll
  static void removeDemoPeople(@Autowired JdbcClient jdbc, @Autowired IdentityService identity) {
    var demo =
        jdbc.sql("select username from person where username not like 'it.%'")
            .query(String.class)
            .list();
    for (String username : demo) {
      identity.deleteUser(username);
    }
    jdbc.sql("delete from person where username not like 'it.%'").update();
  }
}
