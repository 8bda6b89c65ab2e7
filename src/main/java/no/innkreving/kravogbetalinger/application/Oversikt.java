package no.innkreving.kravogbetalinger.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The debtor's claims and payments as the view needs them; amounts in øre with the API's signs applied later. */
public final class Oversikt {
    private Oversikt() {
    }

    public record Krav(UUID kravId, String kravtype, String kravbeskrivelse, String kravgruppe, LocalDate opprettet,
                       LocalDate fastsettelsesdato, long opprinneligOre, long gjenstaaendeOre, long stipulerteRenterOre,
                       List<Forfall> forfall) {
    }

    /** One due date of a claim (the ledger's kravforfall): one per invoice today, more with instalment plans. */
    public record Forfall(String forfallId, LocalDate forfallsdato, long opprinneligOre, long gjenstaaendeOre, String kid,
                          List<PlassertInnbetaling> plassert) {
    }

    public record PlassertInnbetaling(UUID innbetalingId, long plassertOre, LocalDate plassertDato, LocalDate innbetalingsdato,
                                      long innbetaltOre, String fraKonto, String fraNavn) {
    }

    public record Innbetaling(UUID innbetalingId, LocalDate innbetalingsdato, long innbetaltOre, long uplassertOre,
                              String tilKonto, String fraKonto, String fraNavn) {
    }

    public record Utbetaling(UUID utbetalingId, UUID innbetalingId, LocalDate dato, long beloepOre, String tilKonto,
                             String tilNavn, String status) {
    }
}
