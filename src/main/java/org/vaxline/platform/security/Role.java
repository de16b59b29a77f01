package org.vaxline.platform.security;

/** What a user may do; where they may do it is their facility scope. */
public enum Role {
    /** National programme: writes everywhere, including agreements and master data. */
    NATIONAL_ADMIN,
    /** Provincial health centre: writes only at facilities in its province. */
    PROVINCE_MANAGER,
    /** Vaccination site staff: writes only at its own facility. */
    SITE_VACCINATOR,
    /** Reads everything, writes nothing. */
    AUDITOR
}
