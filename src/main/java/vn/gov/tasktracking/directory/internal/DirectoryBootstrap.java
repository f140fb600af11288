package vn.gov.tasktracking.directory.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import vn.gov.tasktracking.directory.DirectoryService;
import vn.gov.tasktracking.system.StartupNote;
import vn.gov.tasktracking.system.StartupStep;
import vn.gov.tasktracking.system.SystemWork;

/**
 * At start: the role groups; the directory file when the directory is still empty; and, under the
 * {@code demo} profile only, the demo people with the configured password.
 */
@Component
@Order(20)
class DirectoryBootstrap implements ApplicationRunner, StartupNote, StartupStep {

  private static final Logger LOG = LoggerFactory.getLogger(DirectoryBootstrap.class);

  private final DirectoryService directory;
  private final ResourceLoader resources;
  private final String initialFile;
  private final String demoPeopleFile;
  private final String demoPassword;
  private final List<String> demoLines = new ArrayList<>();
  private volatile boolean loaded;

  DirectoryBootstrap(
      DirectoryService directory,
      ResourceLoader resources,
      @Value("${tasktracking.directory.initial-file:}") String initialFile,
      @Value("${tasktracking.demo.people-file:}") String demoPeopleFile,
      @Value("${tasktracking.demo.password:}") String demoPassword) {
    this.directory = directory;
    this.resources = resources;
    this.initialFile = initialFile;
    this.demoPeopleFile = demoPeopleFile;
    this.demoPassword = demoPassword;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    try {
      SystemWork.run(
          () -> {
            try {
              bootstrap();
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          });
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private void bootstrap() throws IOException {
    directory.ensureRoleGroups();
    if (!initialFile.isBlank() && directory.isEmpty()) {
      loadInitialDirectory();
    }
    if (!demoPeopleFile.isBlank()) {
      loadDemoPeople();
    }
    loaded = true;
  }

  @Override
  public String stepName() {
    return "directory";
  }

  @Override
  public boolean done() {
    return loaded;
  }

  private void loadInitialDirectory() throws IOException {
    DirectoryFile file = DirectoryService.parse(read(initialFile));
    try {
      var result = directory.apply(file, initialFile, null);
      LOG.info(
          "Directory loaded from {} (version {}): {} units",
          initialFile,
          result.version(),
          result.units());
    } catch (DataIntegrityViolationException e) {
      // Another node of the cluster loaded it at the same moment.
      LOG.info("Directory was loaded by another node; {} left as it is", initialFile);
    }
  }

  private void loadDemoPeople() throws IOException {
    String password = demoPassword;
    if (password.isBlank()) {
      byte[] bytes = new byte[6];
      new SecureRandom().nextBytes(bytes);
      password = "Demo-" + HexFormat.of().formatHex(bytes);
      LOG.warn(
          "TASKTRACKING_DEMO_PASSWORD is not set: the demo people's password for this run is {}",
          password);
    }
    String pw = password;
    DirectoryFile file = DirectoryService.parse(read(demoPeopleFile));
    DirectoryFile withPasswords =
        new DirectoryFile(
            file.version(),
            file.units(),
            file.people().stream().map(p -> p.withPassword(pw)).toList());
    var result = directory.apply(withPasswords, demoPeopleFile, null);
    LOG.info("Demo people loaded from {}: {} people", demoPeopleFile, result.people());
    demoLines.clear();
    demoLines.add(
        "Demo logins (profile demo): "
            + String.join(
                ", ", file.people().stream().map(DirectoryFile.PersonRow::username).toList()));
    demoLines.add(
        demoPassword.isBlank()
            ? "Their password, generated for this run (set TASKTRACKING_DEMO_PASSWORD to choose it): "
                + password
            : "Their password: the value of TASKTRACKING_DEMO_PASSWORD (tasktracking.demo.password)");
  }

  @Override
  public List<String> startupLines() {
    return List.copyOf(demoLines);
  }

  private String read(String location) throws IOException {
    Resource resource = resources.getResource(location);
    return resource.getContentAsString(StandardCharsets.UTF_8);
  }
}
