package org.vaxline.agreement.domain;

/** A delivery ledger entry either adds what arrived, or reverses an earlier delivery entry. */
public enum EntryType {
    DELIVERY,
    REVERSAL
}
