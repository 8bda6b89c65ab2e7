package no.innkreving.letters.persistence;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import no.innkreving.letters.Brev;
import no.innkreving.letters.Brevslag;
import no.innkreving.letters.layout.Part;
import no.innkreving.parties.Skyldner;

/**
 * Writes a {@link Brevslag.Melding message}'s grunnlag byte for byte as {@link Brevgrunnlag}'s Jackson mapper does
 * (decision 0082): an offset run writes one a letter, hundreds of thousands, and Jackson's general machinery was the
 * largest single part of the app's time. The same bytes, so the stored letter and its reading are unchanged;
 * {@code MeldingsjsonTest} holds it to Jackson's output. Gives null where it does not promise that (a character outside
 * the Basic Multilingual Plane, written as a surrogate pair), and the caller uses Jackson.
 */
final class Meldingsjson {
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private byte[] b;
    private int n;

    private Meldingsjson(int kapasitet) {
        b = new byte[kapasitet];
    }

    static byte[] skriv(Brev brev, Brevslag.Melding m, Part mottaker) {
        var w = new Meldingsjson(4096);
        try {
            w.ascii("{\"brev\":{\"slag\":{\"@slag\":\"Melding\",\"navn\":").str(m.navn())
                    .ascii(",\"tittel\":").str(m.tittel())
                    .ascii(",\"nummerLedetekst\":").str(m.nummerLedetekst())
                    .ascii(",\"sumtekst\":").str(m.sumtekst())
                    .ascii(",\"innledning\":").liste(m.innledning())
                    .ascii(",\"konsekvenser\":").liste(m.konsekvenser())
                    .ascii("},\"nummer\":").str(brev.nummer())
                    .ascii(",\"dato\":").dato(brev.dato())
                    .ascii(",\"mottaker\":").skyldner(brev.mottaker());
            Brev.Kravomtale k = brev.krav();
            w.ascii(",\"krav\":{\"oppdragsgiverNavn\":").str(k.oppdragsgiverNavn())
                    .ascii(",\"beskrivelse\":").str(k.beskrivelse());
            if (k.oppdragsgiversReferanse() != null) w.ascii(",\"oppdragsgiversReferanse\":").str(k.oppdragsgiversReferanse());
            if (k.fastsettelsesdato() != null) w.ascii(",\"fastsettelsesdato\":").dato(k.fastsettelsesdato());
            w.ascii(",\"forsinkelsesrente\":").ascii(k.forsinkelsesrente() ? "true" : "false").ascii("},\"linjer\":[");
            boolean foerste = true;
            for (Brev.Linje l : brev.linjer()) {
                if (!foerste) w.byt(',');
                foerste = false;
                w.ascii("{\"beskrivelse\":").str(l.beskrivelse()).ascii(",\"beloepOre\":").ascii(Long.toString(l.beloepOre())).byt('}');
            }
            // a message asks no payment (Brev's constructor), so betaling is null and left out
            w.ascii("]},\"mottaker\":{\"navn\":").str(mottaker.navn())
                    .ascii(",\"identifikator\":").skyldner(mottaker.identifikator())
                    .ascii(",\"adresselinjer\":").liste(mottaker.adresselinjer());
            if (mottaker.postnummer() != null) w.ascii(",\"postnummer\":").str(mottaker.postnummer());
            if (mottaker.poststed() != null) w.ascii(",\"poststed\":").str(mottaker.poststed());
            if (mottaker.landkode() != null) w.ascii(",\"landkode\":").str(mottaker.landkode());
            w.ascii(",\"iForetaksregisteret\":").ascii(mottaker.iForetaksregisteret() ? "true" : "false").ascii("}}");
        } catch (Surrogat e) {
            return null;
        }
        return Arrays.copyOf(w.b, w.n);
    }

    private Meldingsjson skyldner(Skyldner s) {
        return switch (s) {
            case Skyldner.Person p -> ascii("{\"@slag\":\"Person\",\"foedselsnummer\":").str(p.foedselsnummer()).byt('}');
            case Skyldner.Organisasjon o -> ascii("{\"@slag\":\"Organisasjon\",\"organisasjonsnummer\":").str(o.organisasjonsnummer()).byt('}');
        };
    }

    private Meldingsjson liste(List<String> l) {
        byt('[');
        for (int i = 0; i < l.size(); i++) {
            if (i > 0) byt(',');
            str(l.get(i));
        }
        return byt(']');
    }

    private Meldingsjson dato(LocalDate d) {
        return byt('"').ascii(d.toString()).byt('"');
    }

    private Meldingsjson byt(char c) {
        plass(1);
        b[n++] = (byte) c;
        return this;
    }

    /** A text known to be ASCII and to need no escaping (field names, figures). */
    private Meldingsjson ascii(String s) {
        int len = s.length();
        plass(len);
        for (int i = 0; i < len; i++) b[n++] = (byte) s.charAt(i);
        return this;
    }

    /** A JSON string as Jackson writes it: UTF-8, {@code "} and {@code \} escaped, control characters as Jackson does. */
    private Meldingsjson str(String s) {
        int len = s.length();
        plass(len * 6 + 2); // an escape takes up to six bytes a character
        b[n++] = '"';
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c >= 0x20 && c != '"' && c != '\\') b[n++] = (byte) c;
                else escape(c);
            } else if (c < 0x800) {
                b[n++] = (byte) (0xC0 | (c >> 6));
                b[n++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isSurrogate(c)) {
                throw new Surrogat(); // how Jackson writes a pair depends on a feature; rare in letters, so Jackson does it
            } else {
                b[n++] = (byte) (0xE0 | (c >> 12));
                b[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[n++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        b[n++] = '"';
        return this;
    }

    private void escape(char c) {
        plass(6);
        b[n++] = '\\';
        switch (c) {
            case '"' -> b[n++] = '"';
            case '\\' -> b[n++] = '\\';
            case '\b' -> b[n++] = 'b';
            case '\t' -> b[n++] = 't';
            case '\n' -> b[n++] = 'n';
            case '\f' -> b[n++] = 'f';
            case '\r' -> b[n++] = 'r';
            default -> {
                b[n++] = 'u';
                b[n++] = '0';
                b[n++] = '0';
                b[n++] = HEX[c >> 4];
                b[n++] = HEX[c & 0xF];
            }
        }
    }

    private void plass(int mer) {
        if (n + mer > b.length) b = Arrays.copyOf(b, Math.max(b.length * 2, n + mer));
    }

    private static final class Surrogat extends RuntimeException {
        Surrogat() {
            super(null, null, false, false);
        }
    }
}
