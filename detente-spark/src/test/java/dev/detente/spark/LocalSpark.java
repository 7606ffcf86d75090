package dev.detente.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/** One local[2] Spark session for the tests, bound to loopback. */
final class LocalSpark {
    private static SparkSession session;

    private LocalSpark() {
    }

    static synchronized SparkSession get() {
        if (session == null) {
            session = SparkSession.builder().appName("detente-test").master("local[2]")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "4")
                    // tiny data: compiling generated code costs more than it saves
                    .config("spark.sql.codegen.wholeStage", "false")
                    .config("spark.sql.codegen.factoryMode", "NO_CODEGEN")
                    .getOrCreate();
        }
        return session;
    }

    /** The project's root folder (the tests run in the module's folder). */
    static Path projectRoot() {
        return Files.isDirectory(Path.of("examples")) ? Path.of(".") : Path.of("..");
    }
}
