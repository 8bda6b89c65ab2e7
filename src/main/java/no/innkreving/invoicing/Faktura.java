package no.innkreving.invoicing;

import java.time.LocalDate;
import java.util.UUID;

/** An invoice (or credit note) as others may read it. Amounts in øre. Its due date is the ledger's (kravforfall). */
public record Faktura(long fakturanummer, Type type, UUID kravId, String skyldner, String kid, LocalDate fakturadato,
                      long beloepOre, Long gjelderFaktura, String kanal, String status) {
    public enum Type { FAKTURA, KREDITNOTA }
}
