package no.innkreving.liens;

/**
 * Where a lien stands. A lien we take ourselves is {@link #REGISTRERT} from the start (sent for registration in
 * grunnboken or VPS, or notified to the bank); one on movables starts as {@link #BEGJAERT_HOS_NAMSMANNEN} until the
 * enforcement officer has taken it. {@link #SLETTET} is final: released when paid, or lifted.
 */
public enum Pantestatus {
    /** Requested from the local enforcement officer (movables): a request, not yet a lien of ours. */
    BEGJAERT_HOS_NAMSMANNEN,
    /** The lien exists and is registered (or notified to the bank). */
    REGISTRERT,
    /** Forced sale requested from the enforcement authorities (tvangsfullbyrdelsesloven kap. 8 and 11); no complaint after this (§ 7-26). */
    TVANGSSALG_BEGJAERT,
    /** Deleted: the claims are paid, or the lien is lifted (§ 7-27). */
    SLETTET;

    /** The statuses a lien may move to from this one. */
    public boolean kanGaaTil(Pantestatus ny) {
        return switch (this) {
            case BEGJAERT_HOS_NAMSMANNEN -> ny == REGISTRERT || ny == SLETTET;
            case REGISTRERT -> ny == TVANGSSALG_BEGJAERT || ny == SLETTET;
            case TVANGSSALG_BEGJAERT -> ny == SLETTET;
            case SLETTET -> false;
        };
    }
}
