package no.innkreving.intake.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The response bodies of the creditor API, field for field as the contract and decision 0002 name them. */
final class Svar {
    private Svar() {
    }

    record OpprettInnkrevingsoppdragResponse(UUID kravidentifikator) {
    }

    @JsonPropertyOrder({"kravidentifikator", "oppdragsgiversKravidentifikator", "mottaksstatus", "statusOppdatert"})
    record MottaksstatusResponse(String kravidentifikator, String oppdragsgiversKravidentifikator, String mottaksstatus,
                                 String statusOppdatert) {
    }

    record ValideringsfeilResponse(List<ValideringsfeilDTO> valideringsfeil) {
    }

    record ValideringsfeilDTO(String error, String message) {
    }

    record Mottakskvittering(UUID transaksjonsid) {
    }

    record SpraakTekst(String tekst, String spraak) {
    }

    record MultiSpraakTekst(List<SpraakTekst> spraakTekst) {
        static MultiSpraakTekst bokmaal(String tekst) {
            return new MultiSpraakTekst(List.of(new SpraakTekst(tekst, "NB")));
        }
    }

    record KravdetaljerResponse(Kravgrunnlag kravgrunnlag, List<Kravlinje> kravlinjer) {
    }

    record Kravgrunnlag(LocalDate datoNaarKravVarBesluttetHosOppdragsgiver, String oppdragsgiversKravidentifikator,
                        String oppdragsgiversReferanse) {
    }

    record Kravlinje(String kravlinjetype, BigDecimal opprinneligBeloep, BigDecimal gjenstaaendeBeloep,
                     MultiSpraakTekst kravlinjeBeskrivelse) {
    }

    record KravoversiktResponse(Oppdragsgiver oppdragsgiver, Skyldner skyldner, List<Krav> krav,
                                BigDecimal gjenstaaendeBeloepForSkyldner) {
    }

    record Oppdragsgiver(String organisasjonsnummer, String organisasjonsnavn) {
    }

    record Skyldner(String identifikator, String skyldnersNavn) {
    }

    record Krav(UUID skatteetatensKravidentifikator, String kravtype, MultiSpraakTekst kravbeskrivelse,
                KravoversiktKravgrunnlag kravgrunnlag, BigDecimal gjenstaaendeBeloep) {
    }

    record KravoversiktKravgrunnlag(String oppdragsgiversKravidentifikator, String oppdragsgiversReferanse) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record GrensesnittavstemmingResponse(UUID kravidentifikator,
                                         @JsonInclude(JsonInclude.Include.NON_NULL) String oppdragsgiversKravidentifikator,
                                         MottattInnkrevingsoppdrag opprinneligInnkrevingsoppdrag, MottatteEndringer endringer,
                                         @JsonInclude(JsonInclude.Include.NON_NULL) MottattAvskriving avskriving) {
    }

    record MottattInnkrevingsoppdrag(Instant mottatt, UUID transaksjonsid, @JsonRawValue String innkrevingsoppdrag) {
    }

    record MottattEndring(Instant mottatt, UUID transaksjonsid, @JsonRawValue String endring) {
    }

    record MottattAvskriving(Instant mottatt, UUID transaksjonsid, @JsonRawValue String avskriving) {
    }

    record MottatteEndringer(List<MottattEndring> hovedstol, List<MottattEndring> renter,
                             List<MottattEndring> oppdragsgiversReferanse, List<MottattEndring> periode) {
    }

    /** Kroner from øre: whole kroner as an integer, otherwise with two decimals. Never floating point. */
    static BigDecimal kroner(long ore) {
        return ore % 100 == 0 ? BigDecimal.valueOf(ore / 100) : BigDecimal.valueOf(ore, 2);
    }
}
