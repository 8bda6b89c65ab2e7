package no.innkreving.interest.domain;

import java.time.LocalDate;

/** The interest-bearing amount became {@code grunnlagOre} from the start of {@code dato}. */
public record Grunnlagsendring(LocalDate dato, long grunnlagOre) {
}
