package no.innkreving.claimtypes;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.innkreving.claimtypes.persistence.ClaimTypeTables;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The catalogue of claim types and creditors, read from the database and kept in memory: every create on the
 * creditor API consults it. An edit of the tables is seen within a minute, or at once after {@link #reload()}.
 */
@Component
public class ClaimTypeCatalogue {
    private final ClaimTypeTables tables;
    private volatile Map<String, Kravtype> kravtyper = Map.of();
    private volatile Map<String, Oppdragsgiver> oppdragsgivere = Map.of();
    private volatile Map<String, Motregningsadgang> motregning = Map.of();
    private volatile Map<String, AutomatiskTrekk> automatiskTrekk = Map.of();

    ClaimTypeCatalogue(ClaimTypeTables tables) {
        this.tables = tables;
        reload();
    }

    public Optional<Kravtype> kravtype(String kode) {
        return kode == null ? Optional.empty() : Optional.ofNullable(kravtyper.get(kode));
    }

    /** Every claim type in the catalogue. */
    public java.util.Collection<Kravtype> kravtyper() {
        return kravtyper.values();
    }

    public Optional<Oppdragsgiver> oppdragsgiver(String organisasjonsnummer) {
        return organisasjonsnummer == null ? Optional.empty() : Optional.ofNullable(oppdragsgivere.get(organisasjonsnummer));
    }

    /** Whether and against what claims of this type may be offset; empty for an unknown type. */
    public Optional<Motregningsadgang> motregningsadgang(String kode) {
        return kode == null ? Optional.empty() : Optional.ofNullable(motregning.get(kode));
    }

    /** Whether a garnishment for claims of this type may be decided by the rules; empty for an unknown type. */
    public Optional<AutomatiskTrekk> automatiskTrekk(String kode) {
        return kode == null ? Optional.empty() : Optional.ofNullable(automatiskTrekk.get(kode));
    }

    @Scheduled(fixedDelayString = "${innkreving.claimtypes.refresh-ms:60000}", initialDelay = 60000)
    public void reload() {
        kravtyper = tables.kravtyper().stream().collect(Collectors.toUnmodifiableMap(Kravtype::kode, Function.identity()));
        oppdragsgivere = tables.oppdragsgivere().stream()
                .collect(Collectors.toUnmodifiableMap(Oppdragsgiver::organisasjonsnummer, Function.identity()));
        motregning = tables.motregningsadganger().stream()
                .collect(Collectors.toUnmodifiableMap(Motregningsadgang::kravtype, Function.identity()));
        automatiskTrekk = tables.automatiskeTrekk().stream()
                .collect(Collectors.toUnmodifiableMap(AutomatiskTrekk::kravtype, Function.identity()));
    }
}
