package no.innkreving.intake.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import no.innkreving.claimtypes.ClaimTypeCatalogue;
import no.innkreving.claimtypes.Kravtype;
import no.innkreving.claimtypes.Oppdragsgiver;
import no.innkreving.intake.domain.AvvisningException;
import no.innkreving.intake.domain.Meldingstype;
import no.innkreving.intake.domain.Mottaksstatus;
import no.innkreving.intake.domain.Oppdragstilstand;
import no.innkreving.intake.domain.Oppdragstilstand.Renteoppgave;
import no.innkreving.intake.domain.OpprettInnkrevingsoppdrag;
import no.innkreving.intake.domain.OpprettRegler;
import no.innkreving.intake.persistence.IntakeTables;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** POST /innkrevingsoppdrag: read, validate in the documented order, store with the request as received, answer 201. */
@Component
public class MottakAvOppdrag {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final IntakeTables tables;
    private final Meldingslogg logg;
    private final ClaimTypeCatalogue katalog;
    private final Mottaksbehandling behandling;
    private final Clock clock;

    MottakAvOppdrag(IntakeTables tables, Meldingslogg logg, ClaimTypeCatalogue katalog,
                    Mottaksbehandling behandling, Clock clock) {
        this.tables = tables;
        this.logg = logg;
        this.katalog = katalog;
        this.behandling = behandling;
        this.clock = clock;
    }

    public UUID opprett(Avsender a, String innhold) {
        Instant mottatt = clock.instant();
        try {
            OpprettInnkrevingsoppdrag o = ForespoerselLeser.opprett(ForespoerselLeser.les(innhold));
            LocalDate idag = LocalDate.ofInstant(mottatt, clock.getZone());
            // Optimistic first: the unique index settles duplicates on insert, so the happy path needs no look-up.
            // Only a refusal asks again with the real answer, since a duplicate outranks every later rule.
            var avvisning = OpprettRegler.valider(o, kontekst(a.oppdragsgiver(), idag, id -> false));
            if (avvisning.isPresent() && o.oppdragsgiversKravidentifikator() != null) {
                avvisning = OpprettRegler.valider(o, kontekst(a.oppdragsgiver(), idag,
                        id -> tables.kravidentifikatorFinnes(a.orgnr(), id)));
            }
            avvisning.ifPresent(av -> {
                throw new AvvisningException(av);
            });
            UUID kravid = UUID.randomUUID();
            Oppdragstilstand tilstand = new Oppdragstilstand(kravid, a.orgnr(), o.oppdragsgiversKravidentifikator(), o.kravtype(),
                    o.skyldner().identifikatortype(), o.skyldner().identifikator(), o.hovedstolKroner() * 100,
                    o.renter().stream().map(r -> new Renteoppgave(r.beloepKroner() * 100, r.renterIlagtDato(), r.rentetype())).toList(),
                    o.oppdragsgiversReferanse(), o.fastsettelsesdato(), o.foreldelsesfristensUtgangspunkt(),
                    Mottaksstatus.MOTTATT_UNDER_BEHANDLING, mottatt, null);
            // claim and message in one statement: stored together or not at all
            boolean lagret = tables.settInn(tilstand, o.tilleggsfristEtterForeldelsesloven(), tilleggsinformasjonJson(o), mottatt,
                    logg.godtattMelding(UUID.randomUUID(), a, kravid, Meldingstype.OPPRETT, mottatt, innhold, 201, true));
            if (!lagret) throw new AvvisningException(OpprettRegler.eksistererAllerede(o.oppdragsgiversKravidentifikator()));
            behandling.varsle();
            return kravid;
        } catch (AvvisningException e) {
            logg.avvist(a, null, Meldingstype.OPPRETT, mottatt, innhold, e.avvisning());
            throw e;
        }
    }

    private OpprettRegler.Kontekst kontekst(Oppdragsgiver oppdragsgiver, LocalDate idag, Predicate<String> finnes) {
        return new OpprettRegler.Kontekst() {
            public Oppdragsgiver oppdragsgiver() {
                return oppdragsgiver;
            }

            public Optional<Kravtype> kravtype(String kode) {
                return katalog.kravtype(kode);
            }

            public boolean kravidentifikatorFinnes(String id) {
                return finnes.test(id);
            }

            public LocalDate idag() {
                return idag;
            }
        };
    }

    /** The creditor-specific block in a normalised shape (one spelling of each field). */
    private static String tilleggsinformasjonJson(OpprettInnkrevingsoppdrag o) {
        var t = o.tilleggsinformasjon();
        if (t == null) return null;
        ObjectNode n = JSON.createObjectNode();
        if (t.tilbakekrevingsperiode() != null) {
            n.putObject("tilbakekrevingsperiode").put("fraDato", t.tilbakekrevingsperiode().fraDato().toString())
                    .put("tilDato", t.tilbakekrevingsperiode().tilDato().toString());
        }
        if (t.ytelserForAvregningKroner() != null) {
            n.putObject("ytelserForAvregning").put("valuta", "NOK").put("beloep", t.ytelserForAvregningKroner());
        }
        if (t.periode() != null) {
            n.putObject("periode").put("fraDato", t.periode().fraDato().toString()).put("tilDato", t.periode().tilDato().toString());
        }
        if (t.stoppdatoForLoependeMulkt() != null) n.put("stoppdatoForLøpendeMulkt", t.stoppdatoForLoependeMulkt().toString());
        return n.toString();
    }
}
