package no.innkreving.parties.demo;

import java.sql.Date;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Demo profile: fills the empty local registers with the synthetic population, once, before the app takes requests. */
@Component
@Profile("demo")
class DemoRegisterLoader implements SmartInitializingSingleton {
    private static final Logger log = LoggerFactory.getLogger(DemoRegisterLoader.class);
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final int personer;
    private final int organisasjoner;

    DemoRegisterLoader(JdbcTemplate jdbc, TransactionTemplate tx, @Value("${innkreving.demo.personer:20000}") int personer,
                       @Value("${innkreving.demo.organisasjoner:5000}") int organisasjoner) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.personer = personer;
        this.organisasjoner = organisasjoner;
    }

    @Override
    public void afterSingletonsInstantiated() {
        lastRegistrene();
        lastRoller();
        lastKontoregister();
    }

    /**
     * The account register for public payouts: Ola Normann's brukskonto (the asset register's), and nine in ten of the
     * other resident persons and active organisations an account of their own; the tenth has none registered. Once.
     */
    private void lastKontoregister() {
        tx.executeWithoutResult(s -> {
            jdbc.execute("lock table kontoregister in exclusive mode");
            if (Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from kontoregister)", Boolean.class))) return;
            List<String> ider = jdbc.queryForList("""
                    select foedselsnummer::text from register_person where status = 'BOSATT' and navn not like 'Test %'
                    union all
                    select organisasjonsnummer::text from register_enhet where status = 'AKTIV' and navn not like 'Testfirma %'""", String.class);
            String ola = SyntetiskBefolkning.LEVENDE.foedselsnummer();
            List<String[]> rader = new java.util.ArrayList<>();
            for (String id : ider) {
                int h = id.hashCode() & 0x7fffffff;
                if (id.equals(ola)) rader.add(new String[] {id, SyntetiskeFormuesgoder.konto("1503", 123456)});
                else if (h % 10 != 0) rader.add(new String[] {id, SyntetiskeFormuesgoder.konto(String.valueOf(1200 + h / 10 % 800), h / 8000 % 1_000_000)});
            }
            jdbc.batchUpdate("insert into kontoregister (identifikator, kontonummer, registrert) values (?, ?, date '2022-01-01') on conflict do nothing",
                    rader, 1000, (ps, r) -> {
                        ps.setString(1, r[0]);
                        ps.setString(2, r[1]);
                    });
        });
    }

    /**
     * The business register's roles (who may act for an organisation on the debtor pages): Ola Normann is daglig
     * leder of Fjordlys Bygg AS, and each other active main unit gets one resident person as daglig leder. Once.
     */
    private void lastRoller() {
        tx.executeWithoutResult(s -> {
            jdbc.execute("lock table register_rolle in exclusive mode");
            if (Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from register_rolle)", Boolean.class))) return;
            jdbc.update("insert into register_rolle (organisasjonsnummer, foedselsnummer, rolle) values (?, ?, 'DAGL') on conflict do nothing",
                    SyntetiskBefolkning.AKTIV.organisasjonsnummer(), SyntetiskBefolkning.LEVENDE.foedselsnummer());
            jdbc.update("""
                    insert into register_rolle (organisasjonsnummer, foedselsnummer, rolle)
                    select o.organisasjonsnummer, p.foedselsnummer, 'DAGL'
                    from (select organisasjonsnummer, row_number() over (order by organisasjonsnummer) n from register_enhet
                          where status = 'AKTIV' and hovedenhet is null and organisasjonsnummer <> ? and navn not like 'Testfirma %') o
                    join (select foedselsnummer, row_number() over (order by foedselsnummer) n from register_person
                          where status = 'BOSATT' and foedselsnummer <> ? and navn not like 'Test %') p on p.n = o.n
                    on conflict do nothing""", SyntetiskBefolkning.AKTIV.organisasjonsnummer(), SyntetiskBefolkning.LEVENDE.foedselsnummer());
        });
    }

    private void lastRegistrene() {
        tx.executeWithoutResult(s -> {
            // one loader at a time, also with several app nodes on one database
            jdbc.execute("lock table register_person in exclusive mode");
            if (Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from register_person where navn not like 'Test %')", Boolean.class))) {
                return;
            }
            long start = System.nanoTime();
            List<SyntetiskBefolkning.Person> p = new java.util.ArrayList<>(SyntetiskBefolkning.faste());
            p.addAll(SyntetiskBefolkning.personer(personer, 2026));
            List<SyntetiskBefolkning.Enhet> e = new java.util.ArrayList<>(SyntetiskBefolkning.fasteEnheter());
            e.addAll(SyntetiskBefolkning.enheter(organisasjoner, 2026));
            jdbc.batchUpdate("insert into register_person (foedselsnummer, navn, status, doedsdato) values (?, ?, ?, ?) on conflict do nothing",
                    p, 1000, (ps, x) -> {
                        ps.setString(1, x.foedselsnummer());
                        ps.setString(2, x.navn());
                        ps.setString(3, x.status());
                        ps.setDate(4, x.doedsdato() == null ? null : Date.valueOf(x.doedsdato()));
                    });
            jdbc.batchUpdate("insert into register_enhet (organisasjonsnummer, navn, status, hovedenhet) values (?, ?, ?, ?) on conflict do nothing",
                    e, 1000, (ps, x) -> {
                        ps.setString(1, x.organisasjonsnummer());
                        ps.setString(2, x.navn());
                        ps.setString(3, x.status());
                        ps.setString(4, x.hovedenhet());
                    });
            // Synthetic addresses, and dispatch registrations spread so every channel is seen: a third of the persons
            // have eFaktura, one in seven of the rest reserved against digital mail; half the organisations take EHF.
            for (String t : List.of("register_person", "register_enhet")) {
                String id = t.equals("register_person") ? "foedselsnummer" : "organisasjonsnummer";
                jdbc.update("update " + t + " set adresse = (array['Storgata','Kirkeveien','Fjordgata','Skolegata','Parkveien'])[1 + abs(hashtext(" + id + ")) % 5]"
                            + " || ' ' || (1 + abs(hashtext(" + id + " || 'n')) % 120),"
                            + " postnummer = (array['0150','5003','7010','9008','4006'])[1 + abs(hashtext(" + id + " || 'p')) % 5],"
                            + " poststed = (array['OSLO','BERGEN','TRONDHEIM','TROMSØ','STAVANGER'])[1 + abs(hashtext(" + id + " || 'p')) % 5]"
                            + " where adresse is null");
            }
            jdbc.update("""
                    insert into kanalregister (identifikator, efaktura, reservert_mot_digital, ehf_mottaker)
                    select foedselsnummer, abs(hashtext(foedselsnummer)) % 3 = 0,
                           abs(hashtext(foedselsnummer)) % 3 <> 0 and abs(hashtext(foedselsnummer || 'r')) % 7 = 0, false
                    from register_person
                    union all
                    select organisasjonsnummer, false, false, abs(hashtext(organisasjonsnummer)) % 2 = 0 from register_enhet
                    on conflict do nothing""");
            // fresh statistics, or the first look-ups plan a full scan of the new rows
            jdbc.execute("analyze register_person");
            jdbc.execute("analyze register_enhet");
            log.info("Demo: lastet {} syntetiske personer og {} organisasjoner i registrene på {} ms", p.size(), e.size(),
                    (System.nanoTime() - start) / 1_000_000);
        });
    }
}
