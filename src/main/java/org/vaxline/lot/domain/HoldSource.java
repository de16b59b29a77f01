package org.vaxline.lot.domain;

/** Why a hold was placed: a cold-chain excursion, a recall, or someone's own judgement. */
public enum HoldSource {
    EXCURSION,
    RECALL,
    MANUAL
}
