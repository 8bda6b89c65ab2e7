package no.innkreving.garnishment.application;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import no.innkreving.garnishment.Inntektsregister;
import no.innkreving.garnishment.demo.SyntetiskeInntekter;
import no.innkreving.garnishment.persistence.Inntektstabell;
import no.innkreving.parties.Register;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The local income register: the table answers for anyone it holds rows for (the fixed demo people, test data); in the
 * demo profile the rest of the synthetic population living in the population register gets synthetic income
 * ({@link SyntetiskeInntekter}); the dead and the deleted get none.
 */
@Component
class LokaltInntektsregister implements Inntektsregister {
    private final Inntektstabell tabell;
    private final Register register;
    private final boolean syntetisk;

    LokaltInntektsregister(Inntektstabell tabell, Register register,
                           @Value("${innkreving.demo.enabled:false}") boolean syntetisk) {
        this.tabell = tabell;
        this.register = register;
        this.syntetisk = syntetisk;
    }

    @Override
    public List<Inntekt> inntekter(String foedselsnummer, YearMonth maaned) {
        if (!syntetisk || tabell.kjenner(foedselsnummer)) return tabell.inntekter(foedselsnummer, maaned);
        Map<String, Register.PersonOppslag> p = register.personer(List.of(foedselsnummer));
        Register.PersonOppslag person = p.get(foedselsnummer);
        if (person == null || person.status() != Register.PersonStatus.BOSATT) return List.of();
        return SyntetiskeInntekter.for_(foedselsnummer, maaned);
    }
}
