package no.innkreving.platform.embeddeddb;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The embedded server's buffer cache: a quarter of the machine's memory, within 128 MB and 16 GB. */
class DelteBuffereTest {
    private static final long GB = 1L << 30;

    @Test
    void en_fjerdedel_av_minnet_innenfor_grensene() {
        assertThat(EmbeddedDatabaseEnvironment.delteBuffere(24 * GB)).isEqualTo("shared_buffers=6144MB");
        assertThat(EmbeddedDatabaseEnvironment.delteBuffere(3 * GB)).isEqualTo("shared_buffers=768MB");
        assertThat(EmbeddedDatabaseEnvironment.delteBuffere(GB / 4)).isEqualTo("shared_buffers=128MB");
        assertThat(EmbeddedDatabaseEnvironment.delteBuffere(256 * GB)).isEqualTo("shared_buffers=16384MB");
    }
}
