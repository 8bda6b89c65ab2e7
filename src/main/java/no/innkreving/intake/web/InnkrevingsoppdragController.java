package no.innkreving.intake.web;

import static no.innkreving.intake.web.Svar.kroner;

import java.util.ArrayList;
import java.util.List;
import no.innkreving.claimtypes.ClaimTypeCatalogue;
import no.innkreving.claimtypes.Kravtype;
import no.innkreving.intake.application.Avsender;
import no.innkreving.intake.application.EndringAvOppdrag;
import no.innkreving.intake.application.ForespoerselLeser;
import no.innkreving.intake.application.Kravnoekkel;
import no.innkreving.intake.application.MottakAvOppdrag;
import no.innkreving.intake.application.OppslagIOppdrag;
import no.innkreving.intake.domain.Oppdragstilstand;
import no.innkreving.intake.persistence.IntakeTables.MottattMelding;
import no.innkreving.ledger.Linjetype;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The creditor API, Innkrevingsoppdrag v1. Thin: reads headers and token, calls a use case, shapes the answer. */
@RestController
@RequestMapping(path = InnkrevingsoppdragController.BASE, produces = MediaType.APPLICATION_JSON_VALUE)
class InnkrevingsoppdragController {
    static final String BASE = "/api/innkreving/innkrevingsoppdrag/v1/innkrevingsoppdrag";
    /** Reads of claim data are personal data: who read what goes to the audit log. */
    private static final Logger AUDIT = LoggerFactory.getLogger("AUDIT");

    private final MottakAvOppdrag mottak;
    private final EndringAvOppdrag endring;
    private final OppslagIOppdrag oppslag;
    private final ClaimTypeCatalogue katalog;

    InnkrevingsoppdragController(MottakAvOppdrag mottak, EndringAvOppdrag endring, OppslagIOppdrag oppslag, ClaimTypeCatalogue katalog) {
        this.mottak = mottak;
        this.endring = endring;
        this.oppslag = oppslag;
        this.katalog = katalog;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Svar.OpprettInnkrevingsoppdragResponse opprett(Avsender a, @RequestBody(required = false) String body) {
        return new Svar.OpprettInnkrevingsoppdragResponse(mottak.opprett(a, body));
    }

    @GetMapping("/{kravidentifikator}/mottaksstatus")
    Svar.MottaksstatusResponse mottaksstatus(Avsender a, @PathVariable String kravidentifikator,
                                             @RequestParam(required = false) String kravidentifikatortype) {
        Oppdragstilstand o = oppslag.mottaksstatus(a, noekkel(kravidentifikator, kravidentifikatortype));
        return new Svar.MottaksstatusResponse(o.kravidentifikator().toString(), o.oppdragsgiversKravidentifikator(),
                o.mottaksstatus().name(), o.statusOppdatert().toString());
    }

    @GetMapping("/{kravidentifikator}/valideringsfeil")
    Svar.ValideringsfeilResponse valideringsfeil(Avsender a, @PathVariable String kravidentifikator,
                                                 @RequestParam(required = false) String kravidentifikatortype) {
        return new Svar.ValideringsfeilResponse(oppslag.valideringsfeil(a, noekkel(kravidentifikator, kravidentifikatortype)).stream()
                .map(f -> new Svar.ValideringsfeilDTO(f.error(), f.message())).toList());
    }

    @PutMapping("/{kravidentifikator}/hovedstol")
    Svar.Mottakskvittering hovedstol(Avsender a, @PathVariable String kravidentifikator,
                                     @RequestParam(required = false) String kravidentifikatortype,
                                     @RequestBody(required = false) String body) {
        return new Svar.Mottakskvittering(endring.endreHovedstol(a,
                noekkel(kravidentifikator, kravidentifikatortype), body));
    }

    @PutMapping("/{kravidentifikator}/renter")
    Svar.Mottakskvittering renter(Avsender a, @PathVariable String kravidentifikator,
                                  @RequestParam(required = false) String kravidentifikatortype,
                                  @RequestBody(required = false) String body) {
        return new Svar.Mottakskvittering(endring.endreRenter(a,
                noekkel(kravidentifikator, kravidentifikatortype), body));
    }

    @PutMapping("/{kravidentifikator}/oppdragsgiversreferanse")
    Svar.Mottakskvittering oppdragsgiversreferanse(Avsender a, @PathVariable String kravidentifikator,
                                                   @RequestParam(required = false) String kravidentifikatortype,
                                                   @RequestBody(required = false) String body) {
        return new Svar.Mottakskvittering(endring.endreReferanse(a,
                noekkel(kravidentifikator, kravidentifikatortype), body));
    }

    @PostMapping("/avskriving")
    Svar.Mottakskvittering avskriving(Avsender a, @RequestBody(required = false) String body) {
        return new Svar.Mottakskvittering(endring.avskriv(a, body));
    }

    @GetMapping("/{kravidentifikator}/avstemming")
    Svar.GrensesnittavstemmingResponse avstemming(Avsender a, @PathVariable String kravidentifikator,
                                                  @RequestParam(required = false) String kravidentifikatortype) {
        var av = oppslag.avstemming(a, noekkel(kravidentifikator, kravidentifikatortype));
        AUDIT.info("avstemming oppdragsgiver={} kravidentifikator={}", a.orgnr(), av.oppdrag().kravidentifikator());
        Svar.MottattInnkrevingsoppdrag opprinnelig = null;
        Svar.MottattAvskriving avskriving = null;
        List<Svar.MottattEndring> hovedstol = new ArrayList<>(), renter = new ArrayList<>(), referanse = new ArrayList<>();
        for (MottattMelding m : av.meldinger()) {
            var e = new Svar.MottattEndring(m.mottatt(), m.transaksjonsid(), m.innhold());
            switch (m.type()) {
                case OPPRETT -> opprinnelig = new Svar.MottattInnkrevingsoppdrag(m.mottatt(), m.transaksjonsid(), m.innhold());
                case HOVEDSTOL -> hovedstol.add(e);
                case RENTER -> renter.add(e);
                case OPPDRAGSGIVERS_REFERANSE -> referanse.add(e);
                case AVSKRIVING -> avskriving = new Svar.MottattAvskriving(m.mottatt(), m.transaksjonsid(), m.innhold());
            }
        }
        Oppdragstilstand o = av.oppdrag();
        return new Svar.GrensesnittavstemmingResponse(o.kravidentifikator(), o.oppdragsgiversKravidentifikator(), opprinnelig,
                new Svar.MottatteEndringer(hovedstol, renter, referanse, List.of()), avskriving);
    }

    @PostMapping("/kravoversikt")
    Svar.KravoversiktResponse kravoversikt(Avsender a, @RequestBody(required = false) String body) {
        var f = ForespoerselLeser.kravoversikt(ForespoerselLeser.les(body));
        var oversikt = oppslag.kravoversikt(a, f.type(), f.identifikator(), f.filter());
        AUDIT.info("kravoversikt oppdragsgiver={} skyldner={}*** krav={}", a.orgnr(), f.identifikator().substring(0, Math.min(6, f.identifikator().length())),
                oversikt.krav().size());
        List<Svar.Krav> krav = oversikt.krav().stream().map(k -> new Svar.Krav(k.oppdrag().kravidentifikator(), k.oppdrag().kravtype(),
                Svar.MultiSpraakTekst.bokmaal(navnForSkyldner(k.oppdrag().kravtype())),
                new Svar.KravoversiktKravgrunnlag(k.oppdrag().oppdragsgiversKravidentifikator(), k.oppdrag().oppdragsgiversReferanse()),
                kroner(k.saldo().gjenstaaendeOre()))).toList();
        return new Svar.KravoversiktResponse(new Svar.Oppdragsgiver(a.orgnr(), a.oppdragsgiver().navn()),
                new Svar.Skyldner(oversikt.skyldner(), oversikt.skyldnersNavn()), krav, kroner(oversikt.gjenstaaendeOreForSkyldner()));
    }

    @GetMapping("/{kravidentifikator}")
    Svar.KravdetaljerResponse kravdetaljer(Avsender a, @PathVariable String kravidentifikator,
                                           @RequestParam(required = false) String kravidentifikatortype) {
        var d = oppslag.kravdetaljer(a, noekkel(kravidentifikator, kravidentifikatortype));
        AUDIT.info("kravdetaljer oppdragsgiver={} kravidentifikator={}", a.orgnr(), d.oppdrag().kravidentifikator());
        Oppdragstilstand o = d.oppdrag();
        return new Svar.KravdetaljerResponse(
                new Svar.Kravgrunnlag(o.fastsettelsesdato(), o.oppdragsgiversKravidentifikator(), o.oppdragsgiversReferanse()),
                d.saldo().linjer().stream().map(l -> new Svar.Kravlinje(l.linjetype().name(), kroner(l.opprinneligOre()),
                        kroner(l.gjenstaaendeOre()), Svar.MultiSpraakTekst.bokmaal(linjebeskrivelse(l.linjetype(), l.rentetype())))).toList());
    }

    /*
     * NAV's client puts its own claim id into the path unencoded, and that id may hold '/' ("KRAV/2024/1"). Paths
     * the one-segment mappings above do not match land here: the known ending names the endpoint, the rest is the id.
     * An encoded %2F needs none of this (it stays in one segment).
     */
    @GetMapping("/{*sti}")
    Object getMedSkraastrek(Avsender a, @PathVariable String sti, @RequestParam(required = false) String kravidentifikatortype) {
        String id = id(sti);
        if (id.endsWith("/mottaksstatus")) return mottaksstatus(a, uten(id, "/mottaksstatus"), kravidentifikatortype);
        if (id.endsWith("/valideringsfeil")) return valideringsfeil(a, uten(id, "/valideringsfeil"), kravidentifikatortype);
        if (id.endsWith("/avstemming")) return avstemming(a, uten(id, "/avstemming"), kravidentifikatortype);
        return kravdetaljer(a, id, kravidentifikatortype);
    }

    @PutMapping("/{*sti}")
    Svar.Mottakskvittering putMedSkraastrek(Avsender a, @PathVariable String sti,
                                            @RequestParam(required = false) String kravidentifikatortype,
                                            @RequestBody(required = false) String body) {
        String id = id(sti);
        if (id.endsWith("/hovedstol")) return hovedstol(a, uten(id, "/hovedstol"), kravidentifikatortype, body);
        if (id.endsWith("/renter")) return renter(a, uten(id, "/renter"), kravidentifikatortype, body);
        if (id.endsWith("/oppdragsgiversreferanse")) {
            return oppdragsgiversreferanse(a, uten(id, "/oppdragsgiversreferanse"), kravidentifikatortype, body);
        }
        throw new org.springframework.web.server.ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    /** {*sti} also matches the collection itself, where only POST is served. */
    private static String id(String sti) {
        if (sti.length() <= 1) throw new org.springframework.web.server.ResponseStatusException(HttpStatus.METHOD_NOT_ALLOWED);
        return sti.substring(1);
    }

    private static String uten(String s, String slutt) {
        return s.substring(0, s.length() - slutt.length());
    }

    private String navnForSkyldner(String kravtype) {
        return katalog.kravtype(kravtype).map(Kravtype::navnForSkyldner).orElse(kravtype);
    }

    private static String linjebeskrivelse(Linjetype type, String rentetype) {
        return switch (type) {
            case HOVEDSTOL -> "Hovedstol";
            case RENTER -> "STRAFFERENTE".equals(rentetype) ? "Rentetillegg (strafferente)" : "Renter";
            case GEBYR -> "Gebyr";
        };
    }

    private static Kravnoekkel noekkel(String verdi, String type) {
        return new Kravnoekkel(verdi, Kravnoekkel.type(type));
    }
}
