package no.innkreving.platform.demoissuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoSigningKeyTest {

    @Test
    void keyIsGeneratedOnceAndReusedWithTheSameKid(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sub/signing-key.json");

        DemoSigningKey first = DemoSigningKey.loadOrCreate(file);
        DemoSigningKey again = DemoSigningKey.loadOrCreate(file);

        assertThat(first.signingKey().size()).isEqualTo(2048);
        assertThat(first.signingKey().isPrivate()).isTrue();
        assertThat(again.keyId()).isEqualTo(first.keyId()).isEqualTo(first.signingKey().computeThumbprint().toString());
        assertThat(again.publicKey().getModulus()).isEqualTo(first.publicKey().getModulus());
        assertThat(first.publicKey().isPrivate()).isFalse();
        assertThat(Files.readString(file)).contains("\"d\"");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file); // no temporary file left behind
        }
    }

    @Test
    void unreadableKeyFileStopsTheStartWithAClearMessage(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("signing-key.json");
        Files.writeString(file, "{\"kty\":\"oct\",\"k\":\"AAAA\"}");

        assertThatThrownBy(() -> DemoSigningKey.loadOrCreate(file))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("delete it");
    }
}
