package no.innkreving.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

class InnringerTest {
    private static Jwt token(Map<String, Object> claims) {
        Jwt.Builder b = Jwt.withTokenValue("t").header("alg", "RS256").claim("client_id", "demo")
                .claim("consumer", Map.of("authority", "iso6523-actorid-upis", "ID", "0192:974761076"));
        claims.forEach(b::claim);
        return b.build();
    }

    @Test
    void person_i_tokenet_maskeres_i_loggen() {
        Jwt jwt = token(Map.of("pid", "05838512345"));
        assertThat(Innringer.person(jwt)).contains("05838512345");
        assertThat(Innringer.iLogg(jwt)).isEqualTo("058385***** (klient:demo@0192:974761076)");
    }

    @Test
    void saksbehandlerident_foran_pid_og_vises_hel() {
        Jwt jwt = token(Map.of("saksbehandler", "Z990001", "pid", "05838512345"));
        assertThat(Innringer.ident(jwt)).isEqualTo("Z990001");
        assertThat(Innringer.iLogg(jwt)).isEqualTo("Z990001 (klient:demo@0192:974761076)");
    }

    @Test
    void klient_alene_er_ingen_person() {
        Jwt jwt = token(Map.of());
        assertThat(Innringer.person(jwt)).isEmpty();
        assertThat(Innringer.ident(jwt)).isEqualTo("klient:demo@0192:974761076");
        assertThat(Innringer.iLogg(jwt)).isEqualTo("klient:demo@0192:974761076");
    }

    @Test
    void fiendtlige_tegn_blir_ikke_ident_og_kommer_ikke_i_loggen() {
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").claim("pid", "0583851234\n5 FAKE")
                .claim("client_id", "demo\r\nINFO falsk linje").build();
        assertThat(Innringer.person(jwt)).isEmpty();
        assertThat(Innringer.iLogg(jwt)).doesNotContain("\n").doesNotContain("\r").startsWith("klient:demo??INFO?falsk?linje@ukjent");
    }
}
