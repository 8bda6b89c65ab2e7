package no.innkreving.invoicing.application;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.innkreving.claimtypes.ClaimTypeCatalogue;
import no.innkreving.claimtypes.Kravtype;
import no.innkreving.claimtypes.Oppdragsgiver;
import no.innkreving.invoicing.Betalingsinformasjon;
import no.innkreving.invoicing.Faktura;
import no.innkreving.invoicing.dokument.Dokumenttype;
import no.innkreving.invoicing.dokument.EhfFaktura;
import no.innkreving.invoicing.dokument.Fakturadokument;
import no.innkreving.invoicing.dokument.PdfBrev;
import no.innkreving.invoicing.domain.Betalingsfrist;
import no.innkreving.invoicing.domain.Kanal;
import no.innkreving.invoicing.domain.Kanalvalg;
import no.innkreving.invoicing.persistence.InvoicingTables;
import no.innkreving.ledger.Kravforfall;
import no.innkreving.ledger.Kravsaldo;
import no.innkreving.ledger.Ledger;
import no.innkreving.ledger.Linjetype;
import no.innkreving.parties.Register;
import no.innkreving.parties.Register.Kontaktinfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends new invoices and credit notes: picks a batch (FOR UPDATE SKIP LOCKED, so nodes share the work), chooses
 * the channel from the dispatch registers, renders the document (EHF for EHF receivers, else a PDF letter), keeps
 * it, and marks the invoice sent. The channels themselves are ports; locally "sent" means stored for the debtor.
 */
@Component
public class Fakturautsending {
    private static final Logger log = LoggerFactory.getLogger(Fakturautsending.class);

    private final InvoicingTables tables;
    private final Register register;
    private final Ledger ledger;
    private final ClaimTypeCatalogue katalog;
    private final Betalingsinformasjon konto;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final int batch;
    private final double arbeidsandel;

    Fakturautsending(InvoicingTables tables, Register register, Ledger ledger, ClaimTypeCatalogue katalog,
                     Betalingsinformasjon konto, TransactionTemplate tx, Clock clock,
                     @Value("${innkreving.utsending.batch:200}") int batch,
                     @Value("${innkreving.utsending.arbeidsandel:0.25}") double arbeidsandel) {
        if (!(arbeidsandel > 0 && arbeidsandel <= 1)) throw new IllegalArgumentException("innkreving.utsending.arbeidsandel must be in (0, 1]");
        this.arbeidsandel = arbeidsandel;
        this.tables = tables;
        this.register = register;
        this.ledger = ledger;
        this.katalog = katalog;
        this.konto = konto;
        this.tx = tx;
        this.clock = clock;
        this.batch = batch;
    }

    @Scheduled(fixedDelayString = "${innkreving.utsending.intervall-ms:2000}", initialDelay = 2000)
    public void sendNeste() {
        try {
            while (true) {
                long start = System.nanoTime();
                if (!Boolean.TRUE.equals(tx.execute(s -> sendBatch() == batch))) return;
                // Keep going while full batches come back, but rest between them: rendering letters is the heaviest
                // background work, and a burst of new claims must not take the cores from the API (decision 0016).
                long brukt = System.nanoTime() - start;
                Thread.sleep(Duration.ofNanos((long) (brukt * (1 - arbeidsandel) / arbeidsandel)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.error("Sending invoices failed; the batch is tried again", e);
        }
    }

    /** Sends one batch; returns how many were sent. */
    public int sendBatch() {
        List<Faktura> fakturaer = tables.nesteUsendte(batch);
        if (fakturaer.isEmpty()) return 0;
        Map<String, Kontaktinfo> kontakt = register.kontaktinfo(fakturaer.stream().map(Faktura::skyldner).distinct().toList());
        Map<UUID, Kravsaldo> krav = new HashMap<>();
        for (Kravsaldo k : ledger.saldoer(fakturaer.stream().map(Faktura::kravId).distinct().toList(), java.time.LocalDate.MAX))
            krav.put(k.kravId(), k);
        Map<UUID, String> referanser = ledger.oppdragsgiversReferanser(krav.keySet());
        Map<UUID, LocalDate> forfall = forfallVedSending(fakturaer, krav);
        for (Faktura f : fakturaer) {
            Kontaktinfo k = kontakt.get(f.skyldner());
            boolean person = f.skyldner().length() == 11;
            Kanal kanal = Kanalvalg.velg(person, k == null ? Kanalvalg.Registrering.UKJENT
                    : new Kanalvalg.Registrering(k.efaktura(), k.reservertMotDigital(), k.ehfMottaker()));
            Fakturadokument dok = dokument(f, k, krav.get(f.kravId()), referanser.get(f.kravId()), forfall.get(f.kravId()));
            byte[] innhold;
            String mediatype;
            if (kanal == Kanal.EHF) {
                innhold = EhfFaktura.lag(dok);
                mediatype = "application/xml";
            } else {
                innhold = PdfBrev.lag(dok);
                mediatype = "application/pdf";
            }
            tables.markerSendt(f.fakturanummer(), kanal, mediatype, innhold, clock.instant());
        }
        log.info("Sent {} invoices", fakturaer.size());
        return fakturaer.size();
    }

    /**
     * The due date each invoice states: the ledger's first due date of its claim, moved later when the invoice goes out
     * on a later day than it was dated, since the term runs from sending (decision 0024).
     */
    private Map<UUID, LocalDate> forfallVedSending(List<Faktura> fakturaer, Map<UUID, Kravsaldo> krav) {
        Map<UUID, LocalDate> svar = new HashMap<>();
        List<UUID> ider = fakturaer.stream().filter(f -> f.type() == Faktura.Type.FAKTURA).map(Faktura::kravId).toList();
        for (Kravforfall f : ledger.forfall(ider)) if (f.nummer() == 1) svar.put(f.kravId(), f.forfallsdato());
        LocalDate idag = LocalDate.now(clock);
        for (UUID kravId : ider) {
            Kravsaldo saldo = krav.get(kravId);
            LocalDate satt = svar.get(kravId);
            if (saldo == null || satt == null) continue;
            int frist = katalog.kravtype(saldo.kravtype()).map(Kravtype::betalingsfristDager)
                    .orElseThrow(() -> new IllegalStateException("claim type not in the catalogue: " + saldo.kravtype()));
            Betalingsfrist.utsattVedSending(satt, idag, frist).ifPresent(ny -> {
                ledger.utsettForfall(kravId, 1, ny);
                svar.put(kravId, ny);
            });
        }
        return svar;
    }

    private Fakturadokument dokument(Faktura f, Kontaktinfo k, Kravsaldo saldo, String referanse, LocalDate forfallsdato) {
        Kravtype type = saldo == null ? null : katalog.kravtype(saldo.kravtype()).orElse(null);
        String oppdragsgiver = saldo == null ? "" : katalog.oppdragsgiver(saldo.oppdragsgiver()).map(Oppdragsgiver::navn)
                .orElse(saldo.oppdragsgiver());
        String beskrivelse = type == null ? (saldo == null ? "Krav" : saldo.kravtype()) : type.navnForSkyldner();
        boolean person = f.skyldner().length() == 11;
        var mottaker = new Fakturadokument.Part(k == null ? "Ukjent mottaker" : k.navn(), f.skyldner(),
                person ? Fakturadokument.Parttype.PERSON : Fakturadokument.Parttype.ORGANISASJON,
                k == null || k.adresse() == null ? List.of() : List.of(k.adresse()),
                k == null ? null : k.postnummer(), k == null ? null : k.poststed(), "NO");
        List<Fakturadokument.Linje> linjer = new ArrayList<>();
        if (f.type() == Faktura.Type.KREDITNOTA || saldo == null) {
            linjer.add(new Fakturadokument.Linje(f.type() == Faktura.Type.KREDITNOTA
                    ? "Reduksjon av " + beskrivelse.toLowerCase() : beskrivelse, f.beloepOre()));
        } else {
            for (Kravsaldo.Linjesaldo l : saldo.linjer()) {
                if (l.opprinneligOre() <= 0) continue;
                linjer.add(new Fakturadokument.Linje(l.linjetype() == Linjetype.HOVEDSTOL ? beskrivelse
                        : "Renter" + (l.rentetype() == null ? "" : " (" + l.rentetype().toLowerCase() + ")"), l.opprinneligOre()));
            }
        }
        return new Fakturadokument(f.type() == Faktura.Type.FAKTURA ? Dokumenttype.FAKTURA : Dokumenttype.KREDITNOTA,
                String.valueOf(f.fakturanummer()), f.gjelderFaktura() == null ? null : String.valueOf(f.gjelderFaktura()),
                f.fakturadato(), forfallsdato, UTSTEDER, mottaker, oppdragsgiver, beskrivelse, referanse,
                saldo == null ? f.fakturadato() : saldo.fastsettelsesdato(), linjer, f.kid(),
                new Fakturadokument.Betalingskonto(konto.kontonummer(), konto.iban(), konto.swiftBIC(), konto.bankinformasjon()));
    }

    /** The authority as seller on invoices (Skatteetaten's organisation number; postal address of the collection authority). */
    static final Fakturadokument.Part UTSTEDER = new Fakturadokument.Part("Innkrevingsmyndigheten", "974761076",
            Fakturadokument.Parttype.ORGANISASJON, List.of("Postboks 9200 Grønland"), "0134", "OSLO", "NO");
}
