package no.innkreving.garnishment.domain;

import java.time.LocalDate;

/** Advance tax plus garnishment at most {@code prosent} % of the payment, from {@code gyldigFra}, when switched on (decision 0041). */
public record Sekstiprosentregel(LocalDate gyldigFra, int prosent, boolean aktiv, String kilde) {
    public boolean gjelder(LocalDate dato) {
        return aktiv && !dato.isBefore(gyldigFra);
    }
}
