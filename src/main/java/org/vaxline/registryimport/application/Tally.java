package org.vaxline.registryimport.application;

import org.vaxline.registryimport.domain.Outcome;

/** The running counts of one import. */
final class Tally {
    long rows;
    long created;
    long unchanged;
    long alreadyRegistered;
    long failed;

    void count(Outcome outcome) {
        switch (outcome) {
            case CREATED -> created++;
            case UNCHANGED -> unchanged++;
            case ALREADY_REGISTERED -> alreadyRegistered++;
        }
    }
}
