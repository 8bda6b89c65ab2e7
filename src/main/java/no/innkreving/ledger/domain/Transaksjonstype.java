package no.innkreving.ledger.domain;

public enum Transaksjonstype { KRAV_BOKFOERT, HOVEDSTOL_NEDSATT, RENTER_ENDRET, AVSKREVET_AV_OPPDRAGSGIVER }
