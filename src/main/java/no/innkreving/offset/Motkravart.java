package no.innkreving.offset;

/**
 * The kinds of amounts the state owes a debtor that a payer delivers for offset (the file's {@code art}), with the
 * text the debtor sees. Source documents 000 and 001: offset in tax, VAT, NAV back-payments and agricultural subsidies.
 */
public enum Motkravart {
    SKATTEOPPGJOER("Skatt til gode etter skatteoppgjøret"),
    MERVERDIAVGIFT("Merverdiavgift til gode"),
    NAV_ETTERBETALING("Etterbetaling fra NAV"),
    LANDBRUKSTILSKUDD("Produksjonstilskudd i landbruket");

    private final String tekst;

    Motkravart(String tekst) {
        this.tekst = tekst;
    }

    public String tekst() {
        return tekst;
    }
}
