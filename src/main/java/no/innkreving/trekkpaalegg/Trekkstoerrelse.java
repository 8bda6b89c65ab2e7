package no.innkreving.trekkpaalegg;

import java.math.BigDecimal;
import java.util.Objects;

/** The size of a period's deduction: exactly one of an amount per month or a percentage of each gross payment. */
public sealed interface Trekkstoerrelse {

    /** Kroner per month, in øre; 0 is a temporary stop. The payer takes it in full within the month. */
    record Beloep(long ore) implements Trekkstoerrelse {
        public Beloep {
            if (ore < 0) throw new IllegalArgumentException("Trekkbeløpet kan ikke være negativt");
        }

        public BigDecimal kroner() {
            return ore % 100 == 0 ? BigDecimal.valueOf(ore / 100) : BigDecimal.valueOf(ore, 2);
        }
    }

    /** Percent of gross pay, each payment, 0-100 with at most two decimals; 0 is a temporary stop. */
    record Prosent(BigDecimal prosent) implements Trekkstoerrelse {
        public Prosent {
            Objects.requireNonNull(prosent, "prosent");
            if (prosent.signum() < 0 || prosent.compareTo(BigDecimal.valueOf(100)) > 0)
                throw new IllegalArgumentException("Trekkprosenten må være fra 0 til 100");
            if (prosent.stripTrailingZeros().scale() > 2) throw new IllegalArgumentException("Trekkprosenten har høyst to desimaler");
            // as published: at least one decimal (17.0), at most two
            prosent = prosent.stripTrailingZeros().scale() <= 1 ? prosent.setScale(1, java.math.RoundingMode.UNNECESSARY)
                    : prosent.setScale(2, java.math.RoundingMode.UNNECESSARY);
        }
    }
}
