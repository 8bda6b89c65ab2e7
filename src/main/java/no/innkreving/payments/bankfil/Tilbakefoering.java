package no.innkreving.payments.bankfil;

import java.time.LocalDate;

/**
 * The bank took back an incoming payment (camt.054: a DBIT entry with RvslInd true; OCR giro: transaction types 18
 * and 20). {@code originalReferanse} is the reversed payment's bank reference when the file carries it (camt.054's
 * TxDtls/Refs/AcctSvcrRef); an OCR reversal carries none, so it names its payment by KID and amount.
 */
public record Tilbakefoering(String referanse, String originalReferanse, String kid, LocalDate bokfoeringsdato,
                             long beloepOre, String plassering) {
}
