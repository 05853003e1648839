package ma.cimr.teleservices.request;

/** How a request reached the fund. */
public enum Channel {
    WEB, EMAIL, PHONE, POST, AGENCY
}
