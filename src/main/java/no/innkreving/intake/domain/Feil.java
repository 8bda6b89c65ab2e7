package no.innkreving.intake.domain;

/**
 * Every refusal the creditor API can answer, with the contract's constant type suffix, title and status.
 * The order of the create rules is the order of {@link OpprettRegler}; see the spec's error table.
 */
public enum Feil {
    KRAVTYPE_EKSISTERER_IKKE("kravtype-eksisterer-ikke", "Kravtype eksisterer ikke", 422),
    KRAVTYPE_ER_INAKTIV("kravtype-er-inaktiv", "Kravtype er inaktiv", 422),
    UGYLDIG_KRAVTYPE("ugyldig-kravtype", "Ugyldig kravtype", 422),
    BELOEP_ER_IKKE_OVER_0("beloep-er-ikke-over-0", "Beloep er ikke over 0", 422),
    TOM_OPPDRAGSGIVERS_REFERANSE("tom-oppdragsgivers-referanse", "Tom oppdragsgivers referanse", 422),
    UGYLDIG_OPPDRAGSGIVERS_REFERANSE("ugyldig-oppdragsgivers-referanse", "Ugyldig oppdragsgivers referanse", 422),
    UGYLDIG_OPPDRAGSGIVERS_KRAVIDENTIFIKATOR("ugyldig-oppdragsgivers-kravidentifikator", "Ugyldig oppdragsgivers kravidentifikator", 422),
    OPPDRAGSGIVERS_KRAVIDENTIFIKATOR_EKSISTERER_ALLEREDE("oppdragsgivers-kravidentifikator-eksisterer-allerede",
            "Oppdragsgivers kravidentifikator eksisterer allerede", 422),
    UGYLDIG_FASTSETTELSESDATO("ugyldig-fastsettelsesdato", "Ugyldig fastsettelsesdato", 422),
    UGYLDIG_FORELDELSESFRISTENS_UTGANGSPUNKT("ugyldig-foreldelsesfristens-utgangspunkt", "Ugyldig foreldelsesfristens utgangspunkt", 422),
    UGYLDIG_TILLEGGSFRIST("ugyldig-tilleggsfrist-etter-foreldelsesloven", "Ugyldig tilleggsfrist etter foreldelsesloven", 422),
    TILLEGGSFRIST_ELDRE_ENN_10_MAANEDER("tilleggsfrist-etter-foreldelsesloven-eldre-enn-10-maaneder",
            "Tilleggsfrist etter foreldelsesloven eldre enn 10 måneder", 422),
    TILLEGGSFRIST_ELDRE_ENN_11_MAANEDER("tilleggsfrist-etter-foreldelsesloven-eldre-enn-11-maaneder",
            "Tilleggsfrist etter foreldelsesloven eldre enn 11 måneder", 422),
    UGYLDIG_SKYLDNERS_IDENTIFIKATOR("ugyldig-skyldners-identifikator", "Ugyldig skyldners identifikator", 422),
    RENTEBELOEP_ER_IKKE_OVER_0("rentebeloep-er-ikke-over-0", "Rentebeloep er ikke over 0", 422),
    UGYLDIG_RENTERILAGTDATO("ugyldig-renterilagtdato", "Ugyldig renterilagtdato", 422),
    UGYLDIG_TILLEGGSINFORMASJON("ugyldig-tilleggsinformasjon", "Ugyldig tilleggsinformasjon", 400),
    KRAVTYPE_GJELDER_KUN_FOR_PERSON("kravtype-gjelder-kun-for-person", "Kravtype gjelder kun for person", 422),
    KRAVTYPE_GJELDER_KUN_FOR_ORGANISASJON("kravtype-gjelder-kun-for-organisasjon", "Kravtype gjelder kun for organisasjon", 422),
    YTELSER_FOR_AVREGNING_ER_IKKE_OVER_0("ytelser-for-avregning-er-ikke-over-0", "Ytelser for avregning er ikke over 0", 422),
    UGYLDIG_TILBAKEKREVINGSPERIODE("ugyldig-tilbakekrevingsperiode", "Ugyldig tilbakekrevingsperiode", 422),
    UGYLDIG_PERIODE("ugyldig-periode", "Ugyldig periode", 422),
    UGYLDIG_STOPPDATO_FOR_LOEPENDE_MULKT("ugyldig-stoppdato-for-løpende-mulkt", "Ugyldig stoppdato for løpende mulkt", 422),
    FORELDELSESFRISTENS_UTGANGSPUNKT_ELDRE_ENN_2_AAR_OG_10_MAANEDER("foreldelsesfristens-utgangspunkt-eldre-enn-2-aar-og-10-maaneder",
            "Foreldelsesfristens utgangspunkt eldre enn 2 år og 10 måneder", 422),
    RENTEBELOEP_ER_IKKE_TILLATT_FOR_KRAVTYPE("rentebeloep-er-ikke-tillatt-for-kravtype", "Rentebeloep er ikke tillatt for kravtype", 422),
    UGYLDIG_KRAVIDENTIFIKATOR("ugyldig-kravidentifikator", "Ugyldig kravidentifikator", 422),
    INNKREVINGSOPPDRAG_EKSISTERER_IKKE("innkrevingsoppdrag-eksisterer-ikke", "Innkrevingsoppdrag eksisterer ikke", 404),
    HOVEDSTOL_ER_IKKE_OVER_0("hovedstol-er-ikke-over-0", "Hovedstol er ikke over 0", 422),
    RENTEBELOEP_ER_UNDER_0("rentebeloep-er-under-0", "Rentebeloep er under 0", 422),
    INNKREVINGSOPPDRAG_ER_IKKE_RESKONTROFOERT("innkrevingsoppdrag-er-ikke-reskontrofoert", "Innkrevingsoppdrag er ikke reskontrofoert", 409),
    /**
     * On /avstemming the documentation answers a claim not yet booked with 404, not 409; we answer so everywhere for a
     * claim that will never be booked (VALIDERINGSFEIL), so the client stops resending (decision 0031).
     */
    INNKREVINGSOPPDRAG_ER_IKKE_RESKONTROFOERT_AVSTEMMING("innkrevingsoppdrag-er-ikke-reskontrofoert", "Innkrevingsoppdrag er ikke reskontrofoert", 404),
    AVSKREVET_KAN_IKKE_ENDRES("avskrevet-innkrevingsoppdrag-kan-ikke-endres", "Avskrevet innkrevingsoppdrag kan ikke endres", 409),
    AVSKREVET_KAN_IKKE_AVSKRIVES("avskrevet-innkrevingsoppdrag-kan-ikke-avskrives", "Avskrevet innkrevingsoppdrag kan ikke avskrives", 409),
    KRAVTYPEN_KAN_IKKE_ENDRES("kravtypen-kan-ikke-endres", "Kravtypen kan ikke endres", 403),
    KRAVTYPEN_KAN_IKKE_AVSKRIVES("kravtypen-kan-ikke-avskrives", "Kravtypen kan ikke avskrives", 403),

    // Not in the published table; see docs/decisions/0005-errors-outside-the-table.md.
    UGYLDIG_FORESPOERSEL("ugyldig-forespoersel", "Ugyldig forespørsel", 400),
    FORESPOERSELEN_ER_FOR_STOR("forespoerselen-er-for-stor", "Forespørselen er for stor", 413),
    NY_HOVEDSTOL_ER_IKKE_LAVERE("ny-hovedstol-er-ikke-lavere-enn-gjeldende", "Ny hovedstol er ikke lavere enn gjeldende", 422),
    UKJENT_OPPDRAGSGIVER("ukjent-oppdragsgiver", "Ukjent oppdragsgiver", 403);

    public static final String TYPE_PREFIX = "tag:skatteetaten.no,2024:innkreving:innkrevingsoppdrag:";

    private final String suffix;
    private final String tittel;
    private final int status;

    Feil(String suffix, String tittel, int status) {
        this.suffix = suffix;
        this.tittel = tittel;
        this.status = status;
    }

    public String type() {
        return TYPE_PREFIX + suffix;
    }

    public String suffix() {
        return suffix;
    }

    public String tittel() {
        return tittel;
    }

    public int status() {
        return status;
    }

    public Avvisning med(String detalj) {
        return new Avvisning(this, detalj);
    }
}
