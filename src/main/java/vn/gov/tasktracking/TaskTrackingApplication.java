package vn.gov.tasktracking;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Task tracking of a Provincial People's Committee, on an embedded Camunda 7 engine. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class TaskTrackingApplication {

  public static void main(String[] args) {
    SpringApplication.run(TaskTrackingApplication.class, args);
  }
}
