package dev.detente.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalFilesTest {
    @TempDir
    Path tmp;

    @Test
    void setsTheModeHadoopAsksForWithoutAProcess() throws Exception {
        try (LocalFiles fs = new LocalFiles()) {
            fs.initialize(java.net.URI.create("file:///"), new Configuration());
            Path dir = tmp.resolve("pub_month=2025-01");
            assertThat(fs.mkdirs(new org.apache.hadoop.fs.Path(dir.toUri()), new FsPermission((short) 0750))).isTrue();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwxr-x---");
            fs.setPermission(new org.apache.hadoop.fs.Path(dir.toUri()), new FsPermission((short) 0604));
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rw----r--");
        }
    }
}
