package ma.cimr.teleservices.pensionrun;

/**
 * Where a month's run stands: writing the payments, sending the banks' files, or done. A run
 * interrupted in either step resumes there (DD037).
 */
public enum RunStatus { PAYING, SENDING, COMPLETED }
