package vn.gov.tasktracking.system.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import vn.gov.tasktracking.system.StartupStep;
import vn.gov.tasktracking.system.SystemWork;

/**
 * Deploys every {@code .bpmn}, {@code .dmn} and {@code .form} of the processes folder at start-up,
 * where process designers save them from Camunda Modeler. Only changed files become new versions:
 * resources are named by their path inside the folder and compared with the last deployment.
 *
 * <p>Where from: {@code tasktracking.processes.location} when set (a folder that does not exist
 * stops the start); else {@code ./processes/} of the working directory when there is one; else the
 * copies bundled in the application at build time ({@code classpath:processes/}, copied from the
 * same top-level folder), so the jar started anywhere deploys its models.
 *
 * <p>Models refer to forms, decisions and called processes with binding "latest", because a
 * deployment holds only what changed.
 */
@Component
@Order(10)
public class ProcessesDeployer implements ApplicationRunner, StartupStep {

  public static final String DEPLOYMENT_NAME = "tasktracking-processes";
  static final String WORKING_FOLDER = "file:./processes/";
  static final String BUNDLED = "classpath:processes/";

  private static final Logger LOG = LoggerFactory.getLogger(ProcessesDeployer.class);
  private static final String[] EXTENSIONS = {"bpmn", "dmn", "form"};

  private final RepositoryService repository;
  private final String location;
  private final String source;
  private volatile boolean deployed;

  ProcessesDeployer(
      RepositoryService repository,
      @Value("${tasktracking.processes.location:}") String configured) {
    this.repository = repository;
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    if (!configured.isBlank()) {
      this.location = configured.endsWith("/") ? configured : configured + "/";
      if (!resolver.getResource(location).exists()) {
        throw new IllegalStateException(
            "tasktracking.processes.location is "
                + configured
                + ", which does not exist: create the folder, correct the setting, or remove it to deploy the models bundled in the application");
      }
      this.source = "configured folder";
    } else if (resolver.getResource(WORKING_FOLDER).exists()) {
      this.location = WORKING_FOLDER;
      this.source = "folder of the working directory";
    } else {
      this.location = BUNDLED;
      this.source = "models bundled in the application";
    }
  }

  /** Where the models are deployed from, e.g. {@code classpath:processes/}. */
  public String location() {
    return location;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    try {
      SystemWork.call(
          () -> {
            try {
              return deploy();
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          });
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
    deployed = true;
  }

  @Override
  public String stepName() {
    return "processes";
  }

  @Override
  public boolean done() {
    return deployed;
  }

  /**
   * @return the new deployment, or null when nothing changed or the folder has no model
   */
  public Deployment deploy() throws IOException {
    Map<String, Resource> models = findModels();
    if (models.isEmpty()) {
      LOG.warn("No .bpmn, .dmn or .form file under {} ({}): nothing deployed", location, source);
      return null;
    }
    DeploymentBuilder builder =
        repository
            .createDeployment()
            .name(DEPLOYMENT_NAME)
            .source(location)
            .enableDuplicateFiltering(true);
    for (Map.Entry<String, Resource> model : models.entrySet()) {
      try (InputStream in = model.getValue().getInputStream()) {
        builder.addInputStream(model.getKey(), in);
      }
    }
    // With duplicate filtering an unchanged folder gives back the previous deployment.
    Deployment previous =
        repository
            .createDeploymentQuery()
            .deploymentName(DEPLOYMENT_NAME)
            .orderByDeploymentTime()
            .desc()
            .listPage(0, 1)
            .stream()
            .findFirst()
            .orElse(null);
    Deployment deployment = builder.deploy();
    boolean changed = previous == null || !previous.getId().equals(deployment.getId());
    LOG.info(
        "Processes from {} ({}): {} files, {}",
        location,
        source,
        models.size(),
        changed ? "deployed as " + deployment.getId() : "unchanged");
    return changed ? deployment : null;
  }

  private Map<String, Resource> findModels() throws IOException {
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    String base = resolver.getResource(location).getURI().toString();
    Map<String, Resource> byName = new TreeMap<>();
    for (String extension : EXTENSIONS) {
      for (Resource resource : resolver.getResources(location + "**/*." + extension)) {
        String uri = resource.getURI().toString();
        byName.put(
            uri.startsWith(base) ? uri.substring(base.length()) : resource.getFilename(), resource);
      }
    }
    return byName;
  }
}
