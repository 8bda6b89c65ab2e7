package no.innkreving.payments.bankfil;

import java.time.LocalDate;

/** One credited payment as the bank reported it. Amount in øre (> 0); KID digits only, or null. */
public record Bankpost(String referanse, LocalDate bokfoeringsdato, LocalDate betalingsdato, long beloepOre, String kid,
                       String fritekst, String betalersKonto, String betalersNavn, String mottakersKonto, String plassering) {
}
