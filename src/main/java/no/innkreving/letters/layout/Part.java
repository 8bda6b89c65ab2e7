package no.innkreving.letters.layout;

import java.util.List;
import java.util.Objects;
import no.innkreving.parties.Skyldner;

/**
 * Sender or receiver as a document shows them.
 *
 * @param identifikator      the party's identifier with its rules (the authority itself is an organisation)
 * @param iForetaksregisteret whether the party is registered in Foretaksregisteret (AS, ASA, NUF ...); a seller
 *                           that is must say so on its invoices (foretaksregisterloven § 10-2)
 */
public record Part(String navn, Skyldner identifikator, List<String> adresselinjer, String postnummer, String poststed,
                   String landkode, boolean iForetaksregisteret) {
    public Part {
        Objects.requireNonNull(navn, "navn");
        Objects.requireNonNull(identifikator, "identifikator");
        adresselinjer = adresselinjer == null ? List.of() : List.copyOf(adresselinjer);
    }

    public Part(String navn, Skyldner identifikator, List<String> adresselinjer, String postnummer, String poststed,
                String landkode) {
        this(navn, identifikator, adresselinjer, postnummer, poststed, landkode, false);
    }

    /** Address lines, then postcode and place, then the country when it is not Norway. */
    public List<String> adresse() {
        List<String> l = new java.util.ArrayList<>(adresselinjer);
        String post = ((postnummer == null ? "" : postnummer) + " " + (poststed == null ? "" : poststed)).trim();
        if (!post.isEmpty()) l.add(post);
        if (landkode != null && !landkode.equals("NO")) l.add(landkode);
        return l;
    }
}
