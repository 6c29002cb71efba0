package org.careflow.processengine;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Hosts Operaton for CareFlow. Process logic lives in BPMN; configuration in application.yaml. */
@SpringBootApplication
public class ProcessEngineApplication {
  public static void main(String[] args) {
    ParentWatch.start(System.getenv("CAREFLOW_PARENT_PID"));
    SpringApplication.run(ProcessEngineApplication.class, args);
  }
}
