package no.innkreving.intake.application;

import static no.innkreving.intake.domain.Feil.*;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.innkreving.claimtypes.ClaimTypeCatalogue;
import no.innkreving.claimtypes.Kravtype;
import no.innkreving.intake.domain.Avvisning;
import no.innkreving.intake.domain.AvvisningException;
import no.innkreving.intake.domain.Endringsregler;
import no.innkreving.intake.domain.Identifikatorer;
import no.innkreving.intake.domain.Meldingstype;
import no.innkreving.intake.domain.Oppdragstilstand;
import no.innkreving.intake.domain.Renteregler;
import no.innkreving.intake.domain.Oppdragstilstand.Renteoppgave;
import no.innkreving.intake.domain.OpprettInnkrevingsoppdrag.Rente;
import no.innkreving.intake.persistence.IntakeTables;
import no.innkreving.ledger.Bokfoering;
import no.innkreving.ledger.Rentelinje;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The creditor's changes (principal, interest, reference) and write-off. Each runs with the claim's row locked, so
 * concurrent changes queue. Idempotent: a request with the Korrelasjonsid of an accepted one gets that one's
 * transaksjonsid back; a change to the value the claim already has is answered 200 with no second effect.
 */
@Component
public class EndringAvOppdrag {
    private final IntakeTables tables;
    private final Meldingslogg logg;
    private final ClaimTypeCatalogue katalog;
    private final Bokfoering bokfoering;
    private final TransactionTemplate tx;
    private final Clock clock;

    EndringAvOppdrag(IntakeTables tables, Meldingslogg logg, ClaimTypeCatalogue katalog, Bokfoering bokfoering,
                     TransactionTemplate tx, Clock clock) {
        this.tables = tables;
        this.logg = logg;
        this.katalog = katalog;
        this.bokfoering = bokfoering;
        this.tx = tx;
        this.clock = clock;
    }

    private interface Endring {
        /** Applies the change, or throws a refusal; returns the transaksjonsid to answer. */
        UUID utfoer(Oppdragstilstand o, Kravtype type, Mottak m);
    }

    /** What a change knows of the request it handles. */
    private record Mottak(Avsender avsender, Meldingstype type, Instant mottatt, String innhold) {
        JsonNode body() {
            return ForespoerselLeser.les(innhold);
        }
    }

    public UUID endreHovedstol(Avsender a, Kravnoekkel n, String innhold) {
        return endre(a, n, Meldingstype.HOVEDSTOL, innhold, (o, type, m) -> {
            long ny = ForespoerselLeser.nyHovedstol(m.body());
            if (ny <= 0) throw new AvvisningException(HOVEDSTOL_ER_IKKE_OVER_0.med("Hovedstol=" + ny + ". Ny hovedstol må være større enn 0"));
            kanEndres(o, type);
            long nyOre = ny * 100;
            if (nyOre > o.hovedstolOre()) {
                throw new AvvisningException(NY_HOVEDSTOL_ER_IKKE_LAVERE.med("Ny hovedstol=" + ny + " må være lavere enn gjeldende hovedstol="
                        + o.hovedstolOre() / 100));
            }
            if (nyOre == o.hovedstolOre()) return uendret(o, m);
            UUID t = UUID.randomUUID();
            bokfoering.nedsettHovedstol(o.kravidentifikator(), nyOre, t);
            tables.settHovedstol(o.kravidentifikator(), nyOre);
            return endret(t, o, m);
        });
    }

    public UUID endreRenter(Avsender a, Kravnoekkel n, String innhold) {
        return endre(a, n, Meldingstype.RENTER, innhold, (o, type, m) -> {
            List<Rente> nye = ForespoerselLeser.nyeRenter(m.body());
            Avvisning feil = Renteregler.foersteFeil(nye, LocalDate.now(clock), true);
            if (feil != null) throw new AvvisningException(feil);
            kanEndres(o, type);
            List<Renteoppgave> renter = nye.stream().map(r -> new Renteoppgave(r.beloepKroner() * 100, r.renterIlagtDato(), r.rentetype())).toList();
            if (renter.equals(o.renter())) return uendret(o, m);
            UUID t = UUID.randomUUID();
            bokfoering.erstattRenter(o.kravidentifikator(),
                    renter.stream().map(r -> new Rentelinje(r.beloepOre(), r.renterIlagtDato(), r.rentetype())).toList(), t);
            tables.settRenter(o.kravidentifikator(), renter);
            return endret(t, o, m);
        });
    }

    public UUID endreReferanse(Avsender a, Kravnoekkel n, String innhold) {
        return endre(a, n, Meldingstype.OPPDRAGSGIVERS_REFERANSE, innhold, (o, type, m) -> {
            String ny = ForespoerselLeser.nyReferanse(m.body());
            if (ny == null || ny.isBlank()) throw new AvvisningException(TOM_OPPDRAGSGIVERS_REFERANSE.med("Ny oppdragsgivers referanse kan ikke være tom"));
            if (!Identifikatorer.erGyldigOppdragsgiversId(ny)) {
                throw new AvvisningException(UGYLDIG_OPPDRAGSGIVERS_REFERANSE.med("Ugyldig nyOppdragsgiversReferanse=" + Identifikatorer.trygg(ny)
                        + Identifikatorer.TEGNREGEL));
            }
            kanEndres(o, type);
            if (ny.equals(o.oppdragsgiversReferanse())) return uendret(o, m);
            UUID t = UUID.randomUUID();
            tables.settReferanse(o.kravidentifikator(), ny);
            return endret(t, o, m);
        });
    }

    /** POST /avskriving: the claim is named in the body. */
    public UUID avskriv(Avsender a, String innhold) {
        Instant mottatt = clock.instant();
        Kravnoekkel n;
        try {
            JsonNode body = ForespoerselLeser.les(innhold);
            n = new Kravnoekkel(ForespoerselLeser.tekst(body, "kravidentifikator", true),
                    Kravnoekkel.type(ForespoerselLeser.tekst(body, "kravidentifikatortype", true)));
        } catch (AvvisningException e) {
            logg.avvist(a, null, Meldingstype.AVSKRIVING, mottatt, innhold, e.avvisning());
            throw e;
        }
        return endre(a, n, Meldingstype.AVSKRIVING, innhold, (o, type, m) -> {
            Endringsregler.kanAvskrives(o, type).ifPresent(EndringAvOppdrag::avvis);
            UUID t = UUID.randomUUID();
            bokfoering.avskrivAvOppdragsgiver(o.kravidentifikator(), t);
            tables.settAvskrevet(o.kravidentifikator(), m.mottatt());
            return endret(t, o, m);
        });
    }

    private UUID endre(Avsender a, Kravnoekkel n, Meldingstype meldingstype, String innhold, Endring endring) {
        Instant mottatt = clock.instant();
        UUID[] kravid = {null};
        try {
            n.sjekkForm();
            return tx.execute(s -> {
                Oppdragstilstand o = Oppslag.finn(tables, a.orgnr(), n, true);
                kravid[0] = o.kravidentifikator();
                Mottak m = new Mottak(a, meldingstype, mottatt, innhold);
                if (a.korrelasjonsid() != null) {
                    Optional<UUID> tidligere = tables.tidligereSvar(o.kravidentifikator(), meldingstype, a.korrelasjonsid());
                    if (tidligere.isPresent()) {
                        logg.godtatt(UUID.randomUUID(), a, o.kravidentifikator(), meldingstype, mottatt, innhold, 200, false);
                        return tidligere.get();
                    }
                }
                return endring.utfoer(o, katalog.kravtype(o.kravtype()).orElse(null), m);
            });
        } catch (AvvisningException e) {
            logg.avvist(a, kravid[0], meldingstype, mottatt, innhold, e.avvisning());
            throw e;
        }
    }

    private void kanEndres(Oppdragstilstand o, Kravtype type) {
        Endringsregler.kanEndres(o, type).ifPresent(EndringAvOppdrag::avvis);
    }

    private static void avvis(Avvisning a) {
        throw new AvvisningException(a);
    }

    private UUID endret(UUID t, Oppdragstilstand o, Mottak m) {
        logg.godtatt(t, m.avsender(), o.kravidentifikator(), m.type(), m.mottatt(), m.innhold(), 200, true);
        return t;
    }

    /** The claim already says what the request asks: answer with the change that made it so, if there was one. */
    private UUID uendret(Oppdragstilstand o, Mottak m) {
        var forrige = tables.sisteGodtatte(o.kravidentifikator(), m.type());
        if (forrige.isPresent()) {
            logg.godtatt(UUID.randomUUID(), m.avsender(), o.kravidentifikator(), m.type(), m.mottatt(), m.innhold(), 200, false);
            return forrige.get().transaksjonsid();
        }
        return endret(UUID.randomUUID(), o, m);
    }
}
