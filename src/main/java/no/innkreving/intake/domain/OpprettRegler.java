package no.innkreving.intake.domain;

import static no.innkreving.intake.domain.Feil.*;

import java.time.LocalDate;
import java.util.Optional;
import no.innkreving.claimtypes.Kravtype;
import no.innkreving.claimtypes.Oppdragsgiver;
import no.innkreving.claimtypes.Oppdragsgiver.Regelsett;
import no.innkreving.intake.domain.OpprettInnkrevingsoppdrag.Identifikatortype;
import no.innkreving.intake.domain.OpprettInnkrevingsoppdrag.Periode;
import no.innkreving.intake.domain.OpprettInnkrevingsoppdrag.Rente;
import no.innkreving.intake.domain.OpprettInnkrevingsoppdrag.Tilleggsinformasjon;

/**
 * The synchronous rules for a new claim, in the order of the contract's error table: the first rule that fails is
 * the answer. Common rules first, then the creditor-specific ones (NAV, Brønnøysundregistrene).
 */
public final class OpprettRegler {
    private OpprettRegler() {
    }

    /** What the rules need to know beyond the request. */
    public interface Kontekst {
        Oppdragsgiver oppdragsgiver();

        Optional<Kravtype> kravtype(String kode);

        /** Asked only when every earlier rule passed. */
        boolean kravidentifikatorFinnes(String oppdragsgiversKravidentifikator);

        LocalDate idag();
    }

    public static Optional<Avvisning> valider(OpprettInnkrevingsoppdrag o, Kontekst k) {
        return Optional.ofNullable(foersteFeil(o, k));
    }

    private static Avvisning foersteFeil(OpprettInnkrevingsoppdrag o, Kontekst k) {
        LocalDate idag = k.idag();
        Oppdragsgiver oppdragsgiver = k.oppdragsgiver();
        Kravtype type = k.kravtype(o.kravtype()).orElse(null);
        if (type == null) return KRAVTYPE_EKSISTERER_IKKE.med("Kravtype=" + Identifikatorer.trygg(o.kravtype()) + " eksisterer ikke");
        if (!type.aktiv()) return KRAVTYPE_ER_INAKTIV.med("Kravtype=" + type.kode() + " er inaktiv");
        if (!type.oppdragsgiver().equals(oppdragsgiver.organisasjonsnummer())) {
            return UGYLDIG_KRAVTYPE.med("Kravtype=" + type.kode() + " tilhører ikke oppdragsgiver med organisasjonsnummer="
                    + oppdragsgiver.organisasjonsnummer());
        }
        if (o.hovedstolKroner() <= 0) return BELOEP_ER_IKKE_OVER_0.med("Beloep=" + o.hovedstolKroner() + ". Hovedstolen må være større enn 0");
        if (o.oppdragsgiversReferanse() == null || o.oppdragsgiversReferanse().isBlank()) {
            return TOM_OPPDRAGSGIVERS_REFERANSE.med("Oppdragsgivers referanse kan ikke være tom");
        }
        if (!Identifikatorer.erGyldigOppdragsgiversId(o.oppdragsgiversReferanse())) {
            return UGYLDIG_OPPDRAGSGIVERS_REFERANSE.med("Ugyldig oppdragsgiversReferanse=" + Identifikatorer.trygg(o.oppdragsgiversReferanse())
                    + Identifikatorer.TEGNREGEL);
        }
        String kravid = o.oppdragsgiversKravidentifikator();
        if (kravid != null && !Identifikatorer.erGyldigOppdragsgiversId(kravid)) {
            return UGYLDIG_OPPDRAGSGIVERS_KRAVIDENTIFIKATOR.med("Ugyldig oppdragsgiversKravidentifikator=" + Identifikatorer.trygg(kravid)
                    + Identifikatorer.TEGNREGEL);
        }
        if (kravid != null && k.kravidentifikatorFinnes(kravid)) return eksistererAllerede(kravid);
        if (o.fastsettelsesdato().isAfter(idag)) {
            return UGYLDIG_FASTSETTELSESDATO.med("Ugyldig fastsettelsesdato=" + o.fastsettelsesdato()
                    + ". Fastsettelsesdatoen kan ikke være i fremtiden");
        }
        if (Datogrenser.erForTidlig(o.fastsettelsesdato())) {
            return UGYLDIG_FASTSETTELSESDATO.med("Ugyldig fastsettelsesdato=" + o.fastsettelsesdato() + Datogrenser.FOER_TIDLIGSTE);
        }
        LocalDate utgangspunkt = o.foreldelsesfristensUtgangspunkt();
        if (Datogrenser.erForTidlig(utgangspunkt)) {
            return UGYLDIG_FORELDELSESFRISTENS_UTGANGSPUNKT.med("Ugyldig foreldelsesfristensUtgangspunkt=" + utgangspunkt
                    + Datogrenser.FOER_TIDLIGSTE);
        }
        if (utgangspunkt != null && !utgangspunkt.isBefore(o.fastsettelsesdato())) {
            return UGYLDIG_FORELDELSESFRISTENS_UTGANGSPUNKT.med("Ugyldig foreldelsesfristensUtgangspunkt=" + utgangspunkt
                    + ". Må være tidligere enn fastsettelsesdato=" + o.fastsettelsesdato());
        }
        LocalDate tilleggsfrist = o.tilleggsfristEtterForeldelsesloven();
        if (tilleggsfrist != null && utgangspunkt != null) {
            return UGYLDIG_TILLEGGSFRIST.med("tilleggsfristEtterForeldelsesloven kan ikke være angitt når foreldelsesfristensUtgangspunkt er angitt");
        }
        if (tilleggsfrist != null && tilleggsfrist.isAfter(idag)) {
            return UGYLDIG_TILLEGGSFRIST.med("Ugyldig tilleggsfristEtterForeldelsesloven=" + tilleggsfrist + ". Kan ikke være i fremtiden");
        }
        if (tilleggsfrist != null && tilleggsfrist.isBefore(idag.minusMonths(type.tilleggsfristMaksMaaneder()))) {
            Feil feil = type.tilleggsfristMaksMaaneder() >= 11 ? TILLEGGSFRIST_ELDRE_ENN_11_MAANEDER : TILLEGGSFRIST_ELDRE_ENN_10_MAANEDER;
            return feil.med("tilleggsfristEtterForeldelsesloven=" + tilleggsfrist + " kan ikke være mer enn "
                    + type.tilleggsfristMaksMaaneder() + " måneder tilbake i tid");
        }
        var skyldner = o.skyldner();
        if (!Identifikatorer.erGyldigSkyldner(skyldner.identifikatortype(), skyldner.identifikator())) {
            return UGYLDIG_SKYLDNERS_IDENTIFIKATOR.med(skyldner.identifikatortype() == Identifikatortype.PERSON
                    ? "Skyldners identifikator er ikke et gyldig fødselsnummer eller d-nummer"
                    : "Skyldners identifikator er ikke et gyldig organisasjonsnummer");
        }
        Avvisning rente = Renteregler.foersteFeil(o.renter(), idag, false);
        if (rente != null) return rente;
        Avvisning tillegg = tilleggsinformasjon(o.tilleggsinformasjon(), oppdragsgiver.regelsett());
        if (tillegg != null) return tillegg;
        if (skyldner.identifikatortype() == Identifikatortype.ORGANISASJON && !type.gjelderOrganisasjon()) {
            return KRAVTYPE_GJELDER_KUN_FOR_PERSON.med("Kravtype=" + type.kode() + " kan kun rettes mot personer");
        }
        if (skyldner.identifikatortype() == Identifikatortype.PERSON && !type.gjelderPerson()) {
            return KRAVTYPE_GJELDER_KUN_FOR_ORGANISASJON.med("Kravtype=" + type.kode() + " kan kun rettes mot organisasjoner");
        }
        Tilleggsinformasjon t = o.tilleggsinformasjon();
        if (oppdragsgiver.regelsett() == Regelsett.NAV) {
            if (t.ytelserForAvregningKroner() != null && t.ytelserForAvregningKroner() <= 0) {
                return YTELSER_FOR_AVREGNING_ER_IKKE_OVER_0.med("ytelserForAvregning=" + t.ytelserForAvregningKroner() + ". Må være større enn 0");
            }
            String feil = periodefeil(t.tilbakekrevingsperiode(), idag);
            if (feil != null) return UGYLDIG_TILBAKEKREVINGSPERIODE.med("Ugyldig tilbakekrevingsperiode. " + feil);
        }
        if (oppdragsgiver.regelsett() == Regelsett.BRONNOYSUNDREGISTRENE) {
            String feil = periodefeil(t.periode(), idag);
            if (feil != null) return UGYLDIG_PERIODE.med("Ugyldig periode. " + feil);
            if (t.stoppdatoForLoependeMulkt() != null && t.stoppdatoForLoependeMulkt().isAfter(idag)) {
                return UGYLDIG_STOPPDATO_FOR_LOEPENDE_MULKT.med("Ugyldig stoppdatoForLøpendeMulkt=" + t.stoppdatoForLoependeMulkt()
                        + ". Kan ikke være i fremtiden");
            }
            if (Datogrenser.erForTidlig(t.stoppdatoForLoependeMulkt())) {
                return UGYLDIG_STOPPDATO_FOR_LOEPENDE_MULKT.med("Ugyldig stoppdatoForLøpendeMulkt=" + t.stoppdatoForLoependeMulkt()
                        + Datogrenser.FOER_TIDLIGSTE);
            }
        }
        Integer maks = type.foreldelseUtgangspunktMaksMaaneder();
        LocalDate start = utgangspunkt != null ? utgangspunkt : o.fastsettelsesdato();
        if (maks != null && start.isBefore(idag.minusMonths(maks))) {
            return FORELDELSESFRISTENS_UTGANGSPUNKT_ELDRE_ENN_2_AAR_OG_10_MAANEDER.med("Foreldelsesfristens utgangspunkt=" + start
                    + " er eldre enn 2 år og 10 måneder");
        }
        if (!o.renter().isEmpty() && !type.renterTillatt()) {
            return RENTEBELOEP_ER_IKKE_TILLATT_FOR_KRAVTYPE.med("Rentebeloep er ikke tillatt for kravtype=" + type.kode());
        }
        return null;
    }

    public static Avvisning eksistererAllerede(String kravid) {
        return OPPDRAGSGIVERS_KRAVIDENTIFIKATOR_EKSISTERER_ALLEREDE.med("Innkrevingsoppdrag med oppdragsgiversKravidentifikator="
                + Identifikatorer.trygg(kravid) + " eksisterer allerede");
    }

    private static Avvisning tilleggsinformasjon(Tilleggsinformasjon t, Regelsett regelsett) {
        if (regelsett == Regelsett.STANDARD) return null;
        if (t == null) {
            return UGYLDIG_TILLEGGSINFORMASJON.med("tilleggsinformasjon er påkrevd for oppdragsgiveren");
        }
        if (t.formfeil() != null) return UGYLDIG_TILLEGGSINFORMASJON.med(t.formfeil());
        if (regelsett == Regelsett.NAV && t.tilbakekrevingsperiode() == null) {
            return UGYLDIG_TILLEGGSINFORMASJON.med("tilleggsinformasjon.tilbakekrevingsperiode er påkrevd for NAV");
        }
        if (regelsett == Regelsett.BRONNOYSUNDREGISTRENE && t.periode() == null) {
            return UGYLDIG_TILLEGGSINFORMASJON.med("tilleggsinformasjon.periode er påkrevd for Brønnøysundregistrene");
        }
        return null;
    }

    /**
     * The authority's rule as published: "tom kan ikke være i fremtiden. fom kan ikke være etter tom". A period ending
     * later this month is in the future and refused (docs/decisions/0032-input-limits.md).
     */
    private static String periodefeil(Periode p, LocalDate idag) {
        if (p.tilDato().isAfter(idag)) return "Tildato=" + p.tilDato() + " kan ikke være i fremtiden";
        if (Datogrenser.erForTidlig(p.fraDato())) return "Fradato=" + p.fraDato() + Datogrenser.FOER_TIDLIGSTE;
        if (p.fraDato().isAfter(p.tilDato())) return "Fradato=" + p.fraDato() + " kan ikke være etter tildato=" + p.tilDato();
        return null;
    }
}
