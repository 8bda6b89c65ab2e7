package no.innkreving.betalingsavtale.application;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import no.innkreving.claimtypes.ClaimTypeCatalogue;
import no.innkreving.claimtypes.Kravtype;
import no.innkreving.claimtypes.Oppdragsgiver;
import no.innkreving.intake.Oppdragsregister;
import no.innkreving.invoicing.Faktura;
import no.innkreving.invoicing.Fakturering;
import no.innkreving.ledger.Kravsaldo;
import org.springframework.stereotype.Component;

/** How a debtor knows a claim (creditor, claim type's debtor-facing name, the creditor's reference) and its KID. */
@Component
public class Kravbeskrivelser {
    private final ClaimTypeCatalogue katalog;
    private final Oppdragsregister oppdrag;
    private final Fakturering fakturering;

    Kravbeskrivelser(ClaimTypeCatalogue katalog, Oppdragsregister oppdrag, Fakturering fakturering) {
        this.katalog = katalog;
        this.oppdrag = oppdrag;
        this.fakturering = fakturering;
    }

    /** @param kid the invoice's KID, null for a claim not invoiced */
    public record Beskrivelse(String oppdragsgiver, String kravtype, String referanse, String kid, boolean forsinkelsesrente) {
        /** "NAV, Tilbakekreving av barnetrygd (referanse SAK-1)" */
        public String tekst() {
            return oppdragsgiver + ", " + kravtype + (referanse == null ? "" : " (referanse " + referanse + ")");
        }
    }

    public Map<UUID, Beskrivelse> beskriv(Collection<Kravsaldo> krav) {
        var ider = krav.stream().map(Kravsaldo::kravId).toList();
        Map<UUID, String> referanser = oppdrag.oppdragsgiversReferanser(ider);
        Map<UUID, String> kider = new HashMap<>();
        for (Faktura f : fakturering.forKrav(ider)) if (f.type() == Faktura.Type.FAKTURA) kider.putIfAbsent(f.kravId(), f.kid());
        Map<UUID, Beskrivelse> svar = new HashMap<>();
        for (Kravsaldo s : krav) {
            var type = katalog.kravtype(s.kravtype());
            svar.put(s.kravId(), new Beskrivelse(katalog.oppdragsgiver(s.oppdragsgiver()).map(Oppdragsgiver::navn).orElse(s.oppdragsgiver()),
                    type.map(Kravtype::navnForSkyldner).orElse(s.kravtype()), referanser.get(s.kravId()), kider.get(s.kravId()),
                    type.map(Kravtype::forsinkelsesrente).orElse(false)));
        }
        return svar;
    }
}
