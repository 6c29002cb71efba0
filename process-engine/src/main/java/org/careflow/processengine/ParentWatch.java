package org.careflow.processengine;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Run by CareFlow's `npm start`, the engine must not outlive it: a Node process killed with
 * SIGKILL (or aborted) cannot stop its children, so the engine watches its parent and shuts
 * down (gracefully, through Spring's shutdown hook) once it is gone.
 */
final class ParentWatch {
  private static final Logger LOG = LoggerFactory.getLogger(ParentWatch.class);

  private ParentWatch() {}

  /** CAREFLOW_PARENT_PID is set by the launcher; unset (a container, a cluster node) → no watch. */
  static void start(String parentPid) {
    if (parentPid == null || parentPid.isBlank()) return;
    long expected = Long.parseLong(parentPid.trim());
    Thread watch = new Thread(() -> {
      while (true) {
        long parent = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L);
        if (parent != expected) {
          LOG.warn("CareFlow (pid {}) is gone: the process engine shuts down", expected);
          System.exit(0);
        }
        try {
          Thread.sleep(1000);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "careflow-parent-watch");
    watch.setDaemon(true);
    watch.start();
  }
}
