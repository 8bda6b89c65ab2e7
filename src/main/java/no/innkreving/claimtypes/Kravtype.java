package no.innkreving.claimtypes;

/**
 * One entry of the claim-type catalogue.
 *
 * @param prioritetsgruppe             dekningsloven § 2-8 first paragraph, 'a' (support) to 'e' (other claims)
 * @param trekkperiodeMaaneder         longest garnishment period (§ 2-7), null for no limit
 * @param tilleggsfristMaksMaaneder    how far back tilleggsfristEtterForeldelsesloven may lie
 * @param foreldelseUtgangspunktMaksMaaneder how far back the limitation start may lie, null for no limit
 * @param kravgruppe                   claim group shown to debtors (published code list)
 * @param betalingsfristDager          days from invoice to due date
 * @param forsinkelsesrente            whether late-payment interest accrues on overdue principal
 */
public record Kravtype(
        String kode,
        String oppdragsgiver,
        String navnForSkyldner,
        boolean aktiv,
        boolean gjelderPerson,
        boolean gjelderOrganisasjon,
        char prioritetsgruppe,
        Integer trekkperiodeMaaneder,
        boolean avvisDoedSkyldner,
        int tilleggsfristMaksMaaneder,
        Integer foreldelseUtgangspunktMaksMaaneder,
        boolean renterTillatt,
        boolean kanEndresAvOppdragsgiver,
        boolean kanAvskrivesAvOppdragsgiver,
        String kravgruppe,
        int betalingsfristDager,
        boolean forsinkelsesrente) {
}
