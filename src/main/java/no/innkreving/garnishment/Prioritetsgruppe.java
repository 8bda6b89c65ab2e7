package no.innkreving.garnishment;

/** Priority groups of dekningsloven § 2-8 first paragraph, a (best) to e. */
public enum Prioritetsgruppe {
    /** a) krav som grunner seg på lovbestemt forsørgelsesplikt (bidrag). */
    A,
    /** b) krav på erstatning eller oppreisning for skade voldt ved straffbar handling. */
    B,
    /** c) krav på bøter og inndragning. */
    C,
    /** d) krav på skatt eller offentlig avgift. */
    D,
    /** e) andre krav. */
    E;

    /** The claim-type catalogue's letter ('a'-'e', either case). */
    public static Prioritetsgruppe fraKatalog(char bokstav) {
        return valueOf(String.valueOf(Character.toUpperCase(bokstav)));
    }

    /** The letter as the statute writes it ("a"-"e"). */
    public String bokstav() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
