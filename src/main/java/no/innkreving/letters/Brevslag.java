package no.innkreving.letters;

/**
 * The kind of a letter. Each kind is a record here and one case in the wording ({@code domain.Brevtekst}) and the
 * channel rule ({@code domain.Kanalvalg}): a reminder, a notice of enforcement, a decision or a complaint receipt is a
 * new record with its own words, laid out, stored and sent as every other letter is. The compiler finds every
 * switch a new kind must be added to.
 */
public sealed interface Brevslag {

    /** Whether the debtor is asked to pay (the letter then carries a KID, a due date and the account). */
    boolean kreverBetaling();

    /** The stored name of the kind. */
    String navn();

    record Faktura() implements Brevslag {
        @Override
        public boolean kreverBetaling() {
            return true;
        }

        @Override
        public String navn() {
            return "FAKTURA";
        }
    }

    /** @param gjelderFakturanummer the invoice it takes an amount off */
    record Kreditnota(String gjelderFakturanummer) implements Brevslag {
        public Kreditnota {
            java.util.Objects.requireNonNull(gjelderFakturanummer, "gjelderFakturanummer");
        }

        @Override
        public boolean kreverBetaling() {
            return false;
        }

        @Override
        public String navn() {
            return "KREDITNOTA";
        }
    }

    /**
     * A reminder (purring): the claims in the letter's lines are overdue; pay what remains by {@code frist}. The lines
     * carry each claim's KID, so the letter as a whole asks for no single payment.
     *
     * @param konto the account every line is paid to
     */
    record Purring(java.time.LocalDate frist, Brev.Konto konto) implements Brevslag {
        public Purring {
            java.util.Objects.requireNonNull(frist, "frist");
            java.util.Objects.requireNonNull(konto, "konto");
        }

        @Override
        public boolean kreverBetaling() {
            return false;
        }

        @Override
        public String navn() {
            return "PURRING";
        }
    }

    /**
     * A notice of enforcement (varsel om tvangsfullbyrdelse, tvangsfullbyrdelsesloven § 4-18): unpaid by
     * {@code frist}, the claims in the lines may be enforced without further notice.
     */
    record VarselOmTvangsfullbyrdelse(java.time.LocalDate frist, Brev.Konto konto) implements Brevslag {
        public VarselOmTvangsfullbyrdelse {
            java.util.Objects.requireNonNull(frist, "frist");
            java.util.Objects.requireNonNull(konto, "konto");
        }

        @Override
        public boolean kreverBetaling() {
            return false;
        }

        @Override
        public String navn() {
            return "VARSEL_OM_TVANGSFULLBYRDELSE";
        }
    }

    /**
     * A letter whose words its sender writes: a decision or a message (a garnishment decision, a notice of offset, a
     * lien, an instalment plan, a complaint receipt). The sending module knows the rule it applied and words it; the
     * letters module still adds the address, the lines, how to complain, the channel and the PDF. Never a commercial
     * document (no eFaktura or EHF). One kind for all of them, so a new decision is not a change to this module.
     *
     * @param navn            the kind's stable name in letter lists and events, e.g. {@code "UTLEGGSTREKK"}
     * @param tittel          the heading, e.g. "Vedtak om utleggstrekk"
     * @param nummerLedetekst what the letter's number is called, e.g. "Saksnummer"
     * @param sumtekst        the caption of the lines' total, e.g. "Gjenstående krav"
     * @param innledning      the paragraphs before the lines: what was decided, on which rule, what the debtor is to do
     * @param konsekvenser    the paragraphs after the lines: what follows; may be empty
     */
    record Melding(String navn, String tittel, String nummerLedetekst, String sumtekst, java.util.List<String> innledning,
                   java.util.List<String> konsekvenser) implements Brevslag {
        // compiled once: an offset run makes hundreds of thousands of messages
        private static final java.util.regex.Pattern NAVN = java.util.regex.Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

        public Melding {
            if (navn == null || !NAVN.matcher(navn).matches())
                throw new IllegalArgumentException("A letter kind's name is upper case letters, digits and _: " + navn);
            java.util.Objects.requireNonNull(tittel, "tittel");
            java.util.Objects.requireNonNull(nummerLedetekst, "nummerLedetekst");
            java.util.Objects.requireNonNull(sumtekst, "sumtekst");
            innledning = java.util.List.copyOf(innledning);
            konsekvenser = java.util.List.copyOf(konsekvenser);
            if (innledning.isEmpty()) throw new IllegalArgumentException("A message says what it is about: " + navn);
        }

        @Override
        public boolean kreverBetaling() {
            return false;
        }
    }
}
