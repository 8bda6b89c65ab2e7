package no.innkreving.garnishment.application;

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

    Trekkromtjeneste(@Value("${innkreving.utleggstrekk.seksti-prosent-grense.aktiv:#{null}}") Boolean sekstiAktiv) {
        Regeldata data = Regeldata.standard();
        this.regel = new Trekkregel(sekstiAktiv == null ? data : data.medSekstiprosent(sekstiAktiv));
    }

    @Override
    public Trekkberegning beregn(Trekkgrunnlag grunnlag) {
        return regel.beregn(grunnlag);
    }
}
