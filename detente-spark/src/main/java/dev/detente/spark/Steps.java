package dev.detente.spark;

import java.lang.management.ManagementFactory;

/** With {@code -Ddetente.spark.steps=true}, the wall and CPU time of each step of the job on stderr (for tuning). */
final class Steps {
    private static final boolean ON = Boolean.getBoolean("detente.spark.steps");
    private static long wall = System.nanoTime();
    private static long cpu = cpuMillis();

    private Steps() {
    }

    static synchronized void done(String step) {
        if (!ON) {
            return;
        }
        long w = System.nanoTime();
        long c = cpuMillis();
        System.err.printf(java.util.Locale.ROOT, "detente-spark: step %-22s %6.1f s wall %6.1f s CPU%n", step, (w - wall) / 1e9,
                (c - cpu) / 1e3);
        wall = w;
        cpu = c;
    }

    /** CPU time of this JVM (driver and, in local mode, the executors), -1 when the JVM does not tell. */
    static long cpuMillis() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1_000_000 : -1;
    }
}
