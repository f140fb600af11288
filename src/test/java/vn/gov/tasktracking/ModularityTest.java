package vn.gov.tasktracking;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The capabilities are modules: no cycles, and no module reaches into another's internals. */
class ModularityTest {

  static final ApplicationModules MODULES = ApplicationModules.of(TaskTrackingApplication.class);

  @Test
  void modulesHaveNoCyclesAndUseOnlyEachOthersPublicFace() {
    System.out.println(MODULES);
    MODULES.verify();
  }
}
