package ma.cimr.teleservices.retiree;

/** The supporting documents (pièces justificatives) a pension may need, each valid for a while. */
public enum DocumentKind { PROOF_OF_LIFE, NON_REMARRIAGE, SCHOOLING }
