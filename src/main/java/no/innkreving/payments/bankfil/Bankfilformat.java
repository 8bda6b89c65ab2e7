package no.innkreving.payments.bankfil;

public enum Bankfilformat { CAMT_054_001_02, CAMT_054_001_08, OCR_GIRO }
