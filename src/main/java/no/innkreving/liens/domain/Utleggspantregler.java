package no.innkreving.liens.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.innkreving.liens.Pantestatus;
import no.innkreving.platform.time.Virkedager;

/**
 * The rules of a lien, pure: which claims a lien may secure, the deadline to complain of the choice of asset, and
 * which status changes are allowed. Sources: tvangsfullbyrdelsesloven (lov 26. juni 1992 nr. 86) kap. 7 (utlegg,
 * § 7-1 second paragraph: any asset of the debtor's that can be attached; § 7-26: complaints, the choice of asset
 * within one month of being told, others until forced sale is requested; § 7-27: deletion when the right has
 * lapsed), § 4-18 (notice before enforcement), source document 002 (complaint deadlines) and foreldelsesloven § 17.
 */
public final class Utleggspantregler {
    private Utleggspantregler() {
    }

    /** What we know of a claim the caseworker named. {@code skyldner} null: not in the ledger. */
    public record Kravfakta(UUID kravId, String skyldner, long gjenstaaendeOre, boolean klarForTvangsinnkreving, String stansgrunn) {
    }

    /** Why a claim may not be secured; {@code indeks} is its place in the request's list. */
    public record Kravavslag(int indeks, String type, String tittel, String detalj) {
    }

    /**
     * The first claim that may not be secured by a lien for {@code skyldner}, or none. A claim must be the debtor's,
     * still owed, past the notice of enforcement's deadline unpaid (§ 4-18; dunning's queue), and not held (a
     * complaint that suspended enforcement, an instalment plan or a postponement).
     */
    public static Optional<Kravavslag> provKrav(String skyldner, List<Kravfakta> krav) {
        for (int i = 0; i < krav.size(); i++) {
            Kravfakta k = krav.get(i);
            if (k.skyldner() == null)
                return Optional.of(new Kravavslag(i, "ukjent-krav", "Ukjent krav", "Ingen krav med kravidentifikator " + k.kravId()));
            if (!k.skyldner().equals(skyldner))
                return Optional.of(new Kravavslag(i, "krav-tilhoerer-ikke-skyldner", "Kravet er ikke skyldnerens",
                        "Krav " + k.kravId() + " gjelder en annen skyldner"));
            if (k.gjenstaaendeOre() <= 0)
                return Optional.of(new Kravavslag(i, "krav-er-oppgjort", "Kravet er oppgjort",
                        "Krav " + k.kravId() + " har ikke noe utestående"));
            if (k.stansgrunn() != null)
                return Optional.of(new Kravavslag(i, "krav-er-stanset", "Innkrevingen er stanset",
                        "Innkrevingen av krav " + k.kravId() + " er stanset (" + k.stansgrunn() + ")"));
            if (!k.klarForTvangsinnkreving())
                return Optional.of(new Kravavslag(i, "krav-ikke-klart-for-tvangsinnkreving", "Kravet er ikke klart for tvangsinnkreving",
                        "Krav " + k.kravId() + " er ikke ubetalt etter fristen i varsel om tvangsfullbyrdelse (tvangsfullbyrdelsesloven § 4-18)"));
        }
        return Optional.empty();
    }

    /**
     * The last day to complain of the choice of asset: one month after the debtor was told (§ 7-26, source document
     * 002). A month ends on the day with the same number, or the month's last day if it has none; a deadline ending
     * on a Saturday, Sunday or public holiday runs to the next business day (domstolloven §§ 148 and 149, the deadline
     * rules the enforcement act follows). We tell the debtor by a letter sent the day of the decision.
     */
    public static LocalDate klagefrist(LocalDate underrettet) {
        return Virkedager.virkedagFraOgMed(underrettet.plusMonths(1));
    }

    /** Why a status change is refused, or empty if allowed. */
    public static Optional<String> provStatusendring(Pantestatus naa, Pantestatus ny, LocalDate idag, LocalDate klagefrist,
                                                     boolean noeKravStanset) {
        if (!naa.kanGaaTil(ny)) return Optional.of("Et utleggspant med status " + naa + " kan ikke få status " + ny);
        if (ny == Pantestatus.TVANGSSALG_BEGJAERT) {
            // a request for sale ends the debtor's right to complain (§ 7-26): not before the month to complain of the choice has run
            if (!idag.isAfter(klagefrist))
                return Optional.of("Tvangssalg kan ikke begjæres før klagefristen for valg av formuesgode er ute (" + klagefrist + ")");
            if (noeKravStanset) return Optional.of("Innkrevingen av et krav som pantet sikrer, er stanset");
        }
        return Optional.empty();
    }
}
