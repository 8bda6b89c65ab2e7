package no.innkreving.invoicing.domain;

/** How an invoice reaches the debtor. */
public enum Kanal { EFAKTURA, ALTINN, POST, EHF }
