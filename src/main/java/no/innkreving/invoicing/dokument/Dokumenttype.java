package no.innkreving.invoicing.dokument;

public enum Dokumenttype { FAKTURA, KREDITNOTA }
