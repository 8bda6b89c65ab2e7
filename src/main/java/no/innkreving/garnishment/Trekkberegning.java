package no.innkreving.garnishment;

import java.time.LocalDate;
import java.util.List;

/**
 * The rule's answer for one payment, amounts per month in øre (whole kroner: multiples of 100).
 *
 * @param nettoinntektOre        gross (with holiday pay) less advance tax
 * @param livsoppholdsbehovOre   subsistence rates plus housing and other approved costs
 * @param trekkromOre            what may be taken after every rule and cap in force (sum of {@code trekk} is at most this)
 * @param trekk                  every order of the basis, in the basis's order, 0 where it gets nothing
 * @param forklaring             Norwegian lines, each naming the rule it applies
 * @param regler                 every rule considered, with its source, the date it took effect and whether it applied
 *                               ({@code anvendt}: in force on the date and its condition met in this case, e.g. the
 *                               20 % reduction only when the household has a fourth person, the 60 % cap only when
 *                               switched on and the income neither ample nor a side income)
 */
public record Trekkberegning(long nettoinntektOre, long livsoppholdsbehovOre, long trekkromOre, List<Trekk> trekk,
                             List<String> forklaring, List<AnvendtRegel> regler) {
    public Trekkberegning {
        trekk = List.copyOf(trekk);
        forklaring = List.copyOf(forklaring);
        regler = List.copyOf(regler);
    }

    /** What the order with this id gets per month (øre); 0 for an unknown id. */
    public long beloepFor(String id) {
        return trekk.stream().filter(t -> t.id().equals(id)).mapToLong(Trekk::beloepOre).findFirst().orElse(0);
    }

    /** The sum of what the orders get per month (øre). */
    public long sumTrekkOre() {
        return trekk.stream().mapToLong(Trekk::beloepOre).sum();
    }

    public record Trekk(String id, long beloepOre) {
    }

    public record AnvendtRegel(String regel, String kilde, LocalDate gyldigFra, boolean anvendt) {
    }
}
