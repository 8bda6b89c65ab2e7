package no.innkreving.submissions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import no.innkreving.letters.Brev;
import no.innkreving.letters.Brevslag;
import no.innkreving.letters.Brevutsending;
import no.innkreving.parties.Skyldner;
import no.innkreving.platform.ider.Tidsordnet;
import no.innkreving.platform.time.ClockConfig;
import no.innkreving.submissions.application.Kravopplysninger;
import no.innkreving.submissions.persistence.SubmissionTables;
import no.innkreving.submissions.persistence.SubmissionTables.SoeknadRad;
import no.innkreving.tasks.Oppgaver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public API: applications for waiver (ettergivelse) or debt settlement (gjeldsordning) of the debtor's claims, with
 * documents. As a complaint: stored as received, a receipt letter, a task for a caseworker with the ETTERGIVELSE role.
 */
@Component
public class Soeknader {
    private final SubmissionTables tables;
    private final Kravopplysninger krav;
    private final Brevutsending brev;
    private final Oppgaver oppgaver;
    private final Innsendingsregler regler;
    private final Clock clock;

    Soeknader(SubmissionTables tables, Kravopplysninger krav, Brevutsending brev, Oppgaver oppgaver, Innsendingsregler regler, Clock clock) {
        this.tables = tables;
        this.krav = krav;
        this.brev = brev;
        this.oppgaver = oppgaver;
        this.regler = regler;
        this.clock = clock;
    }

    /** @param innsendingsId the id the form carried: the same form again is the same application */
    public record NySoeknad(UUID innsendingsId, String skyldner, String innsendtAv, Soeknadsslag slag, String begrunnelse, String oekonomi,
                            boolean bekreftetSomUnderskrift, List<Vedleggskontroll.Godkjent> vedlegg) {
        public NySoeknad {
            Objects.requireNonNull(innsendingsId, "innsendingsId");
            Objects.requireNonNull(skyldner, "skyldner");
            Objects.requireNonNull(innsendtAv, "innsendtAv");
            Objects.requireNonNull(slag, "slag");
            if (begrunnelse == null || begrunnelse.isBlank()) throw new IllegalArgumentException("begrunnelse");
            if (oekonomi == null || oekonomi.isBlank()) throw new IllegalArgumentException("oekonomi");
            if (!bekreftetSomUnderskrift) throw new IllegalArgumentException("an application must be signed (confirmed)");
            vedlegg = List.copyOf(vedlegg);
        }
    }

    public record Soeknad(UUID soeknadId, Soeknadsslag slag, String begrunnelse, String oekonomi, LocalDate mottatt,
                          LocalDate svarfrist, String status, UUID kvitteringDokumentId, List<Vedlegg> vedlegg) {
    }

    @Transactional
    public Soeknad motta(NySoeknad ny) {
        Optional<UUID> kom = tables.soeknadForInnsending(ny.skyldner(), ny.innsendingsId());
        if (kom.isPresent()) return soeknad(kom.get(), ny.skyldner()).orElseThrow();
        UUID id = Tidsordnet.uuid();
        LocalDate idag = LocalDate.now(clock.withZone(ClockConfig.NORGE));
        LocalDate svarfrist = idag.plusDays(regler.soeknadSvarfristDager());
        tables.lagreSoeknad(new SoeknadRad(id, ny.innsendingsId(), ny.skyldner(), ny.innsendtAv(), ny.slag().name(), ny.begrunnelse().strip(),
                ny.oekonomi().strip(), clock.instant(), svarfrist, "MOTTATT", null));
        tables.lagreVedlegg(false, id, ny.vedlegg());
        List<Kravopplysninger.Krav> aapne = krav.aapne(ny.skyldner());
        List<String> innledning = List.of(
                "Vi har mottatt søknaden din om " + ny.slag().ord() + " " + Klager.dato(idag) + ". Den gjelder kravene nedenfor.",
                "En saksbehandler vurderer søknaden. Vi tar sikte på å svare innen " + Klager.dato(svarfrist)
                        + ". Trenger vi flere opplysninger, tar vi kontakt med deg.");
        List<String> konsekvenser = new ArrayList<>();
        konsekvenser.add("Innkrevingen fortsetter mens vi behandler søknaden. Betal derfor kravene ved forfall så langt du kan, "
                + "med mindre vi gir deg beskjed om noe annet.");
        if (!ny.vedlegg().isEmpty())
            konsekvenser.add("Du la ved " + ny.vedlegg().size() + (ny.vedlegg().size() == 1 ? " dokument: " : " dokumenter: ")
                    + String.join(", ", ny.vedlegg().stream().map(Vedleggskontroll.Godkjent::filnavn).toList()) + ".");
        Brevutsending.Sendt sendt = brev.send(List.of(new Brev(new Brevslag.Melding("SOEKNADSKVITTERING",
                "Kvittering for " + ny.slag().tittel().toLowerCase(java.util.Locale.ROOT), "Saksnummer", "Gjenstående",
                innledning, konsekvenser), id.toString(), idag, Skyldner.av(ny.skyldner()),
                new Brev.Kravomtale("Innkrevingsmyndigheten", ny.slag().tittel(), null, idag, false),
                krav.linjer(aapne), null))).getFirst();
        tables.settKvittering(false, id, sendt.dokumentId());
        oppgaver.opprett(new Oppgaver.NyOppgave(ny.slag().name(), "soeknad:" + id, ny.skyldner(), ny.slag().tittel(),
                "ETTERGIVELSE", svarfrist));
        return soeknad(id, ny.skyldner()).orElseThrow();
    }

    public record Sakssoeknad(String skyldner, String innsendtAv, Soeknad soeknad) {
    }

    /** For the caseworker desk (the caller checks the role): any debtor's application by its id. */
    public Optional<Sakssoeknad> forSaksbehandler(UUID soeknadId) {
        return tables.soeknad(soeknadId).map(r -> new Sakssoeknad(r.skyldner(), r.innsendtAv(), soeknad(r)));
    }

    public Optional<Klager.Vedleggsfil> vedleggForSaksbehandler(UUID soeknadId, UUID vedleggId) {
        return tables.vedleggInnhold(false, soeknadId, vedleggId).map(v -> new Klager.Vedleggsfil(v.filnavn(), v.mediatype(), v.innhold()));
    }

    public Optional<Soeknad> soeknad(UUID soeknadId, String skyldner) {
        return tables.soeknad(soeknadId, skyldner).map(this::soeknad);
    }

    public List<Soeknad> forSkyldner(String skyldner) {
        return tables.soeknader(skyldner).stream().map(this::soeknad).toList();
    }

    public Optional<Klager.Vedleggsfil> vedlegg(UUID soeknadId, UUID vedleggId, String skyldner) {
        if (tables.soeknad(soeknadId, skyldner).isEmpty()) return Optional.empty();
        return tables.vedleggInnhold(false, soeknadId, vedleggId).map(v -> new Klager.Vedleggsfil(v.filnavn(), v.mediatype(), v.innhold()));
    }

    private Soeknad soeknad(SoeknadRad r) {
        return new Soeknad(r.soeknadId(), Soeknadsslag.valueOf(r.slag()), r.begrunnelse(), r.oekonomi(),
                LocalDate.ofInstant(r.mottatt(), ClockConfig.NORGE), r.svarfrist(), r.status(), r.kvitteringDokumentId(),
                tables.vedlegg(false, r.soeknadId()));
    }
}
