package no.innkreving.garnishment.application;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.innkreving.garnishment.BesluttetTrekk;
import no.innkreving.garnishment.Husstand;
import no.innkreving.garnishment.Inntektsregister;
import no.innkreving.garnishment.Paalegg;
import no.innkreving.garnishment.Trekkberegning;
import no.innkreving.garnishment.Trekkgrunnlag;
import no.innkreving.garnishment.Trekkromberegning;
import no.innkreving.garnishment.domain.Regeldata;
import no.innkreving.garnishment.domain.Trekkregel;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The rule with the shipped rule data; the 60 % cap switched by configuration (decision 0041). */
@Component
class Trekkromtjeneste implements Trekkromberegning {
    private final Trekkregel regel;
    private final Regeldata data;
    private final Inntektsregister inntektsregister;

    Trekkromtjeneste(@Value("${innkreving.utleggstrekk.seksti-prosent-grense.aktiv:#{null}}") Boolean sekstiAktiv,
                     Inntektsregister inntektsregister) {
        Regeldata standard = Regeldata.standard();
        this.data = sekstiAktiv == null ? standard : standard.medSekstiprosent(sekstiAktiv);
        this.regel = new Trekkregel(data);
        this.inntektsregister = inntektsregister;
    }

    @Override
    public Trekkberegning beregn(Trekkgrunnlag grunnlag) {
        return regel.beregn(grunnlag);
    }

    @Override
    public Optional<Trekkberegning> forslag(String foedselsnummer, String trekkpliktig, LocalDate dato,
                                            List<BesluttetTrekk> trekkMedBedrePrioritet, List<Paalegg> paalegg) {
        YearMonth m = YearMonth.from(dato);
        List<Inntektsregister.Inntekt> alle = inntektsregister.inntekter(foedselsnummer, m);
        Optional<Inntektsregister.Inntekt> denne = alle.stream().filter(i -> i.trekkpliktig().equals(trekkpliktig)).findFirst();
        if (denne.isEmpty()) return Optional.empty();
        long andreNetto = alle.stream().filter(i -> !i.trekkpliktig().equals(trekkpliktig))
                .mapToLong(i -> i.bruttoOre() - i.forskuddstrekkOre()).sum();
        Husstand husstand = new Husstand(Husstand.Voksne.ENSLIG, List.of(), andreNetto, false);
        Trekkberegning b = regel.beregn(new Trekkgrunnlag(dato, denne.get().somUtbetaling(), trekkMedBedrePrioritet, husstand,
                data.standardBoutgifterOre(), 0, paalegg));
        List<String> forklaring = new ArrayList<>();
        forklaring.add("Forslag fra inntektsregisteret (a-ordningen) for " + m + ": utbetalingen fra " + trekkpliktig
                       + (andreNetto > 0 ? "; netto fra skyldnerens " + (alle.size() - 1) + " andre trekkpliktige regnes som annen inntekt" : "")
                       + "; husstanden er ikke kjent, så skyldneren er regnet som enslig uten barn med standard boutgifter ("
                       + data.standardBoutgifterKilde() + "). Beløpet må vurderes på nytt når husstanden er kjent (dekningsloven § 2-7 første ledd).");
        forklaring.addAll(b.forklaring());
        return Optional.of(new Trekkberegning(b.nettoinntektOre(), b.livsoppholdsbehovOre(), b.trekkromOre(), b.trekk(), forklaring, b.regler()));
    }
}
