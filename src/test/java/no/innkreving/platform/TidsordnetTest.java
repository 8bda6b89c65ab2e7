package no.innkreving.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import no.innkreving.platform.ider.Tidsordnet;
import org.junit.jupiter.api.Test;

class TidsordnetTest {
    @Test
    void versjon_7_variant_RFC_og_strengt_stigende_ogsaa_innen_samme_millisekund() {
        long foer = System.currentTimeMillis();
        List<UUID> ider = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) ider.add(Tidsordnet.uuid());
        long etter = System.currentTimeMillis();
        for (UUID u : ider) {
            assertThat(u.version()).isEqualTo(7);
            assertThat(u.variant()).isEqualTo(2);
        }
        // the first 48 bits are the Unix time in milliseconds (or just ahead of it, when the counter ran over)
        long ms = ider.getFirst().getMostSignificantBits() >>> 16;
        assertThat(ms).isBetween(foer, etter + 10);
        // as text (how PostgreSQL orders uuid: bytewise) each id sorts after the one before
        for (int i = 1; i < ider.size(); i++)
            assertThat(ider.get(i).toString()).isGreaterThan(ider.get(i - 1).toString());
        assertThat(new HashSet<>(ider)).hasSize(ider.size());
    }
}
