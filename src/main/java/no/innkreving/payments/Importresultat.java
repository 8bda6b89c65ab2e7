package no.innkreving.payments;

/** What an import did: the file's status, and whether it was a repeat of a file already received (no effect). */
public record Importresultat(Bankfilstatus status, boolean duplikat) {
}
