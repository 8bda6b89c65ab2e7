package no.innkreving.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import no.innkreving.platform.demoissuer.DemoTokenIssuer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** The running app on the embedded database, with the demo token issuer; shared by all API tests (one context). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(Tidsmaskin.Config.class)
public abstract class ApiTestBase {
    public static final String NAV = "889640782";
    public static final String BRREG = "974760673";
    public static final String SRF = "986186085";
    public static final String SCOPE = "skatteetaten:innkrevingsoppdrag";

    @LocalServerPort
    protected int port;
    @Autowired
    protected DemoTokenIssuer issuer;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected Tidsmaskin tidsmaskin;

    protected Api som(String orgnr) {
        return new Api(port, issuer.issue(orgnr, SCOPE));
    }

    protected Api nav() {
        return som(NAV);
    }

    /** Today as the app sees it (the test clock may have travelled). */
    protected static LocalDate idag() {
        return LocalDate.now(KLOKKE);
    }

    private static volatile java.time.Clock KLOKKE = java.time.Clock.system(ZoneId.of("Europe/Oslo"));

    @Autowired
    void klokke(Tidsmaskin t) {
        KLOKKE = t;
    }

    protected static String unik(String prefiks) {
        return prefiks + "-" + UUID.randomUUID().toString().substring(0, 13);
    }

    /** A valid NAV claim against the given person, as the published example but with real dates. */
    protected static String navKrav(String fnr, String kravid) {
        return """
                {"kravtype":"TILBAKEKREVING_BARNETRYGD",
                 "skyldner":{"identifikatortype":"PERSON","identifikator":"%s"},
                 "hovedstol":{"valuta":"NOK","beloep":15000},
                 "renteBeloep":[{"valuta":"NOK","beloep":1500,"renterIlagtDato":"%s","rentetype":"STRAFFERENTE"}],
                 "oppdragsgiversReferanse":"SAK-2024-001234","oppdragsgiversKravidentifikator":"%s",
                 "fastsettelsesdato":"%s",
                 "tilleggsinformasjon":{"tilbakekrevingsperiode":{"fraDato":"%s","tilDato":"%s"},
                                        "ytelserForAvregning":{"valuta":"NOK","beloep":5000}}}"""
                .formatted(fnr, idag().minusDays(10), kravid, idag().minusDays(10), idag().minusYears(1), idag().minusMonths(2));
    }

    /** Posts a claim and waits (at most 10 s) until the asynchronous step has decided; returns its kravidentifikator. */
    protected String opprettOgVent(Api api, String body, String forventetStatus) {
        Api.Svar s = api.post(Api.BASE, body);
        assertThat(s.status()).as(s.body()).isEqualTo(201);
        String id = s.tekst("kravidentifikator");
        assertThat(ventPaaStatus(api, id)).isEqualTo(forventetStatus);
        return id;
    }

    protected String ventPaaStatus(Api api, String id) {
        long slutt = System.currentTimeMillis() + 10_000;
        String status;
        do {
            status = api.get(Api.BASE + "/" + id + "/mottaksstatus").tekst("mottaksstatus");
            if (!"MOTTATT_UNDER_BEHANDLING".equals(status)) return status;
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return status;
            }
        } while (System.currentTimeMillis() < slutt);
        return status;
    }
}
