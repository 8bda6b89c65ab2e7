package no.innkreving.letters;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import no.innkreving.letters.domain.Kanalvalg;
import no.innkreving.letters.layout.EhfFaktura;
import no.innkreving.letters.layout.Part;
import no.innkreving.letters.layout.PdfBrev;
import no.innkreving.letters.persistence.Brevgrunnlag;
import no.innkreving.letters.persistence.DokumentTables;
import no.innkreving.letters.persistence.DokumentTables.NyttDokument;
import no.innkreving.parties.Register;
import no.innkreving.parties.Register.Kontaktinfo;
import no.innkreving.parties.Skyldner;
import no.innkreving.platform.ider.Tidsordnet;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The letters module's entry point: sends letters and hands back stored ones. Sending looks the receivers up in the
 * registers (name, address, dispatch registrations), chooses each letter's channel, lays it out (EHF for an EHF
 * receiver's invoice, else a PDF letter) and stores it. The channels themselves are ports; locally "sent" means
 * stored for the debtor, retrievable by its id.
 */
@Component
public class Brevutsending {
    /** The collection authority as sender (Skatteetaten's organisation number; the collection authority's postal address). */
    static final Part AVSENDER = new Part("Innkrevingsmyndigheten", new Skyldner.Organisasjon("974761076"),
            List.of("Postboks 9200 Grønland"), "0134", "OSLO", "NO");

    private final DokumentTables tables;
    private final Register register;
    private final Clock clock;

    Brevutsending(DokumentTables tables, Register register, Clock clock) {
        this.tables = tables;
        this.register = register;
        this.clock = clock;
    }

    /** What became of a letter: the stored document's id and the channel it went by. */
    public record Sendt(UUID dokumentId, Kanal kanal, String mediatype) {
    }

    public record Dokument(String mediatype, byte[] innhold) {
    }

    static final String EHF = "application/xml";
    static final String PDF = "application/pdf";

    /**
     * Sends the letters in the caller's transaction; the answer is in the order of the letters. A letter is sent when
     * it is stored with what it says, its receiver's address and channel; its file is laid out afterwards by
     * {@link Brevtrykk} or on first read (decision 0066), so a daily run's thousands of letters cost it an insert each.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Sendt> send(List<Brev> brev) {
        if (brev.isEmpty()) return List.of();
        Map<String, Kontaktinfo> kontakt = register.kontaktinfo(brev.stream().map(b -> b.mottaker().identifikator()).distinct().toList());
        List<Sendt> sendt = new ArrayList<>(brev.size());
        List<NyttDokument> nye = new ArrayList<>(brev.size());
        Map<String, String> faste = new HashMap<>();
        for (Brev b : brev) {
            Kontaktinfo k = kontakt.get(b.mottaker().identifikator());
            Kanal kanal = Kanalvalg.velg(b.slag(), b.mottaker(), k == null ? Kanalvalg.Registrering.UKJENT
                    : new Kanalvalg.Registrering(k.efaktura(), k.reservertMotDigital(), k.ehfMottaker()));
            Part mottaker = new Part(k == null ? "Ukjent mottaker" : k.navn(), b.mottaker(),
                    k == null || k.adresse() == null ? List.of() : List.of(k.adresse()),
                    k == null ? null : k.postnummer(), k == null ? null : k.poststed(), "NO");
            String mediatype = kanal == Kanal.EHF ? EHF : PDF;
            UUID id = Tidsordnet.uuid();
            Brevgrunnlag.Skrevet g = Brevgrunnlag.skriv(b, mottaker);
            faste.putAll(g.fasteTekster());
            nye.add(new NyttDokument(id, b.slag().navn(), b.nummer(), b.mottaker().identifikator(), kanal.name(), mediatype, g.json()));
            sendt.add(new Sendt(id, kanal, mediatype));
        }
        tables.lagreFasteTekster(faste);
        tables.lagre(nye, clock.instant());
        return sendt;
    }

    /** The channels letters to the debtor go by now: an invoice, and any other letter (source document 001). */
    public record Kanaler(Kanal faktura, Kanal brev) {
    }

    /** Where the channel is decided (Kanalvalg on the registers and the debtor's own choice), for the debtor's page. */
    public Kanaler kanaler(Skyldner mottaker) {
        Kontaktinfo k = register.kontaktinfo(List.of(mottaker.identifikator())).get(mottaker.identifikator());
        Kanalvalg.Registrering r = k == null ? Kanalvalg.Registrering.UKJENT
                : new Kanalvalg.Registrering(k.efaktura(), k.reservertMotDigital(), k.ehfMottaker());
        return new Kanaler(Kanalvalg.velg(new Brevslag.Faktura(), mottaker, r),
                Kanalvalg.velg(new Brevslag.Melding("KANAL", "-", "-", "-", List.of("-"), List.of()), mottaker, r));
    }

    /** A letter as listed to its receiver: kind, title-like name, number and when it was sent. */
    public record Brevoppfoering(UUID dokumentId, String brevslag, String nummer, String mediatype, java.time.Instant sendt) {
    }

    /** Every letter sent to the debtor, newest first (the debtor pages list them). */
    public List<Brevoppfoering> forMottaker(String mottaker) {
        return tables.forMottaker(mottaker).stream()
                .map(d -> new Brevoppfoering(d.dokumentId(), d.brevslag(), d.nummer(), d.mediatype(), d.sendt())).toList();
    }

    /**
     * A stored letter, only if it was sent to {@code mottaker}: the debtor pages ask this way, so another debtor's
     * letter is as absent as an unknown one.
     */
    public Optional<Dokument> dokument(UUID dokumentId, String mottaker) {
        return tables.hent(dokumentId, mottaker).map(this::medFil);
    }

    /** A stored letter as it was sent. */
    public Optional<Dokument> dokument(UUID dokumentId) {
        return tables.hent(dokumentId).map(this::medFil);
    }

    /** The letter with its file, laid out now (and kept) when the printer has not come to it yet. */
    private Dokument medFil(DokumentTables.Lagret d) {
        if (d.innhold() != null) return new Dokument(d.mediatype(), d.innhold());
        byte[] fil = lagFil(d, tables);
        tables.settInnhold(d.dokumentId(), fil);
        return new Dokument(d.mediatype(), fil);
    }

    /** Fixed texts by id; a text never changes under its id (it is made from the text), so they are kept once read. */
    private static final Map<String, String> FASTE_TEKSTER = new ConcurrentHashMap<>();

    /** Lays a stored letter out as its channel takes it: the same letter always gives the same file. */
    static byte[] lagFil(DokumentTables.Lagret d, DokumentTables tables) {
        Brevgrunnlag.Innhold g = Brevgrunnlag.les(d.grunnlag(), id -> {
            String t = FASTE_TEKSTER.get(id);
            if (t == null && (t = tables.fastTekst(id)) != null) FASTE_TEKSTER.put(id, t);
            return t;
        });
        return EHF.equals(d.mediatype()) ? EhfFaktura.lag(g.brev(), AVSENDER, g.mottaker()) : PdfBrev.lag(g.brev(), AVSENDER, g.mottaker());
    }
}
