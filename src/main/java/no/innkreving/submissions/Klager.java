package no.innkreving.submissions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
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
import no.innkreving.submissions.persistence.SubmissionTables.KlageRad;
import no.innkreving.tasks.Oppgaver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public API: complaints as source document 002 describes them. Written, saying what it is about, why and the outcome
 * sought, confirmed as signed, with documents. Received, it is stored with its documents, the debtor gets a receipt
 * letter (collection goes on meanwhile; the answer within 3 weeks), and the caseworkers' queue gets a task due on that
 * day. One about the claim itself is marked to go to the creditor.
 */
@Component
public class Klager {
    private final SubmissionTables tables;
    private final Kravopplysninger krav;
    private final Brevutsending brev;
    private final Oppgaver oppgaver;
    private final Innsendingsregler regler;
    private final Clock clock;

    Klager(SubmissionTables tables, Kravopplysninger krav, Brevutsending brev, Oppgaver oppgaver, Innsendingsregler regler, Clock clock) {
        this.tables = tables;
        this.krav = krav;
        this.brev = brev;
        this.oppgaver = oppgaver;
        this.regler = regler;
        this.clock = clock;
    }

    /**
     * @param innsendingsId the id the form carried: the same form again is the same complaint (nothing new is made)
     * @param skyldner   the debtor it is for (the person, or the organisation they act for)
     * @param innsendtAv the person who sent and signed it
     * @param kravId     the claim it concerns, or null; must be the debtor's ({@link IkkeSkyldnerens} otherwise)
     * @param vedlegg    documents already checked by {@link Innsendingsregler#kontroller}
     */
    public record NyKlage(UUID innsendingsId, String skyldner, String innsendtAv, Klagetema tema, UUID kravId, String begrunnelse, String oensketUtfall,
                          boolean bekreftetSomUnderskrift, List<Vedleggskontroll.Godkjent> vedlegg) {
        public NyKlage {
            Objects.requireNonNull(innsendingsId, "innsendingsId");
            Objects.requireNonNull(skyldner, "skyldner");
            Objects.requireNonNull(innsendtAv, "innsendtAv");
            Objects.requireNonNull(tema, "tema");
            if (begrunnelse == null || begrunnelse.isBlank()) throw new IllegalArgumentException("begrunnelse");
            if (oensketUtfall == null || oensketUtfall.isBlank()) throw new IllegalArgumentException("oensketUtfall");
            if (!bekreftetSomUnderskrift) throw new IllegalArgumentException("a complaint must be signed (confirmed)");
            vedlegg = List.copyOf(vedlegg);
        }
    }

    public record Klage(UUID klageId, Klagetema tema, UUID kravId, String kravbeskrivelse, String begrunnelse, String oensketUtfall,
                        boolean videresendesOppdragsgiver, String oppdragsgiverNavn, LocalDate mottatt, LocalDate svarfrist,
                        String status, UUID kvitteringDokumentId, List<Vedlegg> vedlegg) {
        public boolean underBehandling() {
            return "MOTTATT".equals(status);
        }
    }

    public record Vedleggsfil(String filnavn, String mediatype, byte[] innhold) {
    }

    @Transactional
    public Klage motta(NyKlage ny) {
        Optional<UUID> kom = tables.klageForInnsending(ny.skyldner(), ny.innsendingsId());
        if (kom.isPresent()) return klage(kom.get(), ny.skyldner()).orElseThrow();
        if (ny.kravId() != null && !krav.erSkyldnerens(ny.skyldner(), ny.kravId())) throw new IkkeSkyldnerens();
        UUID id = Tidsordnet.uuid();
        LocalDate idag = LocalDate.now(clock.withZone(ClockConfig.NORGE));
        LocalDate svarfrist = idag.plusDays(regler.klageSvarfristDager());
        Kravopplysninger.Krav gjelder = ny.kravId() == null ? null : krav.krav(ny.kravId());
        boolean videresendes = ny.tema().videresendesOppdragsgiver();
        tables.lagreKlage(new KlageRad(id, ny.innsendingsId(), ny.skyldner(), ny.innsendtAv(), ny.tema().name(), ny.kravId(), ny.begrunnelse().strip(),
                ny.oensketUtfall().strip(), videresendes, gjelder == null ? null : gjelder.oppdragsgiver(), clock.instant(), svarfrist,
                "MOTTATT", null));
        tables.lagreVedlegg(true, id, ny.vedlegg());

        List<String> innledning = new ArrayList<>();
        innledning.add("Vi har mottatt klagen din " + dato(idag) + ". Klagen gjelder: " + ny.tema().tekst().toLowerCase(java.util.Locale.ROOT)
                + (gjelder == null ? "." : ", kravet «" + gjelder.beskrivelse() + "» fra " + gjelder.oppdragsgiverNavn() + "."));
        innledning.add("Vi behandler klagen innen 3 uker, senest " + dato(svarfrist) + ". Vi vurderer først om vi skal endre "
                + "avgjørelsen vår, før vi eventuelt sender klagen videre til rett instans.");
        if (videresendes)
            innledning.add("Klagen gjelder selve kravet. Den avgjøres av den som fastsatte kravet"
                    + (gjelder == null ? "" : ", " + gjelder.oppdragsgiverNavn()) + ", og vi sender den dit etter vår gjennomgang.");
        List<String> konsekvenser = new ArrayList<>();
        konsekvenser.add("Klagen stopper ikke innkrevingen. Kravene må fortsatt betales ved forfall. Innkrevingen stopper først "
                + "hvis klagen blir tatt til følge.");
        konsekvenser.add("Blir et krav slettet, får du tilbake det du har betalt for mye.");
        if (!ny.vedlegg().isEmpty())
            konsekvenser.add("Du la ved " + ny.vedlegg().size() + (ny.vedlegg().size() == 1 ? " dokument: " : " dokumenter: ")
                    + String.join(", ", ny.vedlegg().stream().map(Vedleggskontroll.Godkjent::filnavn).toList()) + ".");
        List<Kravopplysninger.Krav> linjekrav = gjelder != null ? List.of(gjelder) : krav.aapne(ny.skyldner());
        Brev.Kravomtale omtale = gjelder != null ? gjelder.omtale()
                : new Brev.Kravomtale("Innkrevingsmyndigheten", "Klage: " + ny.tema().tekst(), null, idag, false);
        Brevutsending.Sendt sendt = brev.send(List.of(new Brev(new Brevslag.Melding("KLAGEKVITTERING", "Kvittering for klage",
                "Saksnummer", "Gjenstående, innkrevingen fortsetter", innledning, konsekvenser), id.toString(), idag,
                Skyldner.av(ny.skyldner()), omtale, krav.linjer(linjekrav), null))).getFirst();
        tables.settKvittering(true, id, sendt.dokumentId());
        oppgaver.opprett(new Oppgaver.NyOppgave("KLAGE", "klage:" + id, ny.skyldner(),
                "Klage: " + ny.tema().tekst() + (gjelder == null ? "" : " – " + gjelder.beskrivelse())
                        + (videresendes ? " (videresendes oppdragsgiver)" : ""), "KLAGE", svarfrist));
        return klage(id, ny.skyldner()).orElseThrow();
    }

    /** A complaint as the caseworker reads it: with the debtor it is for and who signed it. */
    public record Saksklage(String skyldner, String innsendtAv, Klage klage) {
    }

    /** For the caseworker desk (the caller checks the role): any debtor's complaint by its id. */
    public Optional<Saksklage> forSaksbehandler(UUID klageId) {
        return tables.klage(klageId).map(r -> new Saksklage(r.skyldner(), r.innsendtAv(), klage(r)));
    }

    /** For the caseworker desk: an attachment of the complaint. */
    public Optional<Vedleggsfil> vedleggForSaksbehandler(UUID klageId, UUID vedleggId) {
        return tables.vedleggInnhold(true, klageId, vedleggId).map(v -> new Vedleggsfil(v.filnavn(), v.mediatype(), v.innhold()));
    }

    /** The complaint, only if it is the debtor's. */
    public Optional<Klage> klage(UUID klageId, String skyldner) {
        return tables.klage(klageId, skyldner).map(this::klage);
    }

    public List<Klage> forSkyldner(String skyldner) {
        return tables.klager(skyldner).stream().map(this::klage).toList();
    }

    /** An attached document, only if the complaint is the debtor's and the document is the complaint's. */
    public Optional<Vedleggsfil> vedlegg(UUID klageId, UUID vedleggId, String skyldner) {
        if (tables.klage(klageId, skyldner).isEmpty()) return Optional.empty();
        return tables.vedleggInnhold(true, klageId, vedleggId).map(v -> new Vedleggsfil(v.filnavn(), v.mediatype(), v.innhold()));
    }

    /** Per claim of the debtor: how many complaints about it await a decision. */
    public Map<UUID, Integer> underBehandlingPerKrav(String skyldner, Collection<UUID> kravIder) {
        return tables.aapneKlagerPerKrav(skyldner, kravIder);
    }

    private Klage klage(KlageRad r) {
        Kravopplysninger.Krav k = r.kravId() == null ? null : krav.krav(r.kravId());
        return new Klage(r.klageId(), Klagetema.valueOf(r.tema()), r.kravId(), k == null ? null : k.beskrivelse(), r.begrunnelse(),
                r.oensketUtfall(), r.videresendes(), k == null ? null : k.oppdragsgiverNavn(),
                LocalDate.ofInstant(r.mottatt(), ClockConfig.NORGE), r.svarfrist(), r.status(), r.kvitteringDokumentId(),
                tables.vedlegg(true, r.klageId()));
    }

    static String dato(LocalDate d) {
        return d.getDayOfMonth() + ". " + List.of("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
                "oktober", "november", "desember").get(d.getMonthValue() - 1) + " " + d.getYear();
    }
}
