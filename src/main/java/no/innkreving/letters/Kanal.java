package no.innkreving.letters;

/** How a letter reaches the debtor (source document 001). */
public enum Kanal { EFAKTURA, ALTINN, POST, EHF }
