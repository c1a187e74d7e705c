package org.kinerja.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFormatTest {

    @TempDir
    Path root;

    @Test
    void dataOfAnOlderFormatIsMovedAsideNeverDeleted() throws IOException {
        Path data = root.resolve(".kinerja-data");
        Files.createDirectories(data.resolve("mongo"));
        Files.writeString(data.resolve("mongo/kinerja.mv.db"), "old");
        Path aside = DataFormat.prepare(data).orElseThrow();
        assertThat(aside.getFileName().toString()).startsWith(".kinerja-data-format-1-");
        assertThat(Files.readString(aside.resolve("mongo/kinerja.mv.db"))).isEqualTo("old");
        assertThat(Files.readString(data.resolve(DataFormat.FILE))).isEqualTo(String.valueOf(DataFormat.CURRENT));
        assertThat(data.resolve("mongo")).doesNotExist();
    }

    @Test
    void currentOrFreshDataStaysWhereItIs() throws IOException {
        Path data = root.resolve("fresh");
        assertThat(DataFormat.prepare(data)).isEmpty();
        Files.writeString(data.resolve("secret"), "kept");
        assertThat(DataFormat.prepare(data)).isEmpty();
        assertThat(Files.readString(data.resolve("secret"))).isEqualTo("kept");
    }
}
