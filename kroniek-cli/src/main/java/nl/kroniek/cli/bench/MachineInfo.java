package nl.kroniek.cli.bench;

import java.lang.management.ManagementFactory;

/**
 * The machine and JVM a run was measured on; numbers from a loaded machine are not comparable.
 *
 * @param cores processors available to the JVM
 * @param loadAtStart one-minute load average when the run started (-1 where the OS does not say)
 * @param loadAtEnd one-minute load average when it ended
 */
record MachineInfo(int cores, double loadAtStart, double loadAtEnd, String java, String vm, long maxHeapMb,
    String os) {

  static MachineInfo atStart() {
    Runtime rt = Runtime.getRuntime();
    return new MachineInfo(rt.availableProcessors(), load(), -1,
        Runtime.version().toString() + " (" + System.getProperty("java.vendor", "?") + ")",
        System.getProperty("java.vm.name", "?"), rt.maxMemory() / (1024 * 1024),
        System.getProperty("os.name", "?") + " " + System.getProperty("os.arch", "?"));
  }

  MachineInfo ended() {
    return new MachineInfo(cores, loadAtStart, load(), java, vm, maxHeapMb, os);
  }

  private static double load() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }
}
