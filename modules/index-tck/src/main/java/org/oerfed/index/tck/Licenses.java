package org.oerfed.index.tck;

/** Canonical licence URIs the fixture uses, as the graph normalises them. */
public final class Licenses {

    public static final String BY = "https://creativecommons.org/licenses/by/4.0/";
    public static final String BY_SA = "https://creativecommons.org/licenses/by-sa/4.0/";
    public static final String BY_NC = "https://creativecommons.org/licenses/by-nc/4.0/";
    public static final String BY_NC_SA = "https://creativecommons.org/licenses/by-nc-sa/4.0/";
    public static final String CC0 = "https://creativecommons.org/publicdomain/zero/1.0/";
    /** A resource whose licence the source did not state. */
    public static final String UNKNOWN = "";

    private Licenses() {
    }
}
