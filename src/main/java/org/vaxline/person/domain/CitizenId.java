package org.vaxline.person.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The structure of Vietnam's 12-digit citizen ID: digits 1-3 the birth province's pre-2025 code with a leading zero,
 * digit 4 the century of birth and sex (even male, odd female; 0/1 1900s, 2/3 2000s, 4/5 2100s …), digits 5-6 the
 * last two digits of the birth year, digits 7-12 a serial number. The province codes are data from the provinces.
 */
public final class CitizenId {
    private final Set<String> provinceCodes;

    /** @param provinceCodes the three-digit codes accepted in digits 1-3 (the 63 old codes with a leading zero) */
    public CitizenId(Set<String> provinceCodes) {
        this.provinceCodes = Set.copyOf(provinceCodes);
    }

    /** Every part of the number that is wrong, each naming its digits; empty when the number is valid. */
    public List<String> faults(String number, LocalDate dateOfBirth, Sex sex) {
        List<String> faults = new ArrayList<>();
        if (number == null || !number.matches("[0-9]{12}")) {
            faults.add("must be 12 digits");
            return faults;
        }
        String province = number.substring(0, 3);
        if (!provinceCodes.contains(province)) {
            faults.add("digits 1-3 (" + province + ") are not the code of a province");
        }
        int centuryAndSex = number.charAt(3) - '0';
        int century = 1900 + (centuryAndSex / 2) * 100;
        Sex digitSex = centuryAndSex % 2 == 0 ? Sex.MALE : Sex.FEMALE;
        String yy = number.substring(4, 6);
        if (dateOfBirth != null) {
            int year = dateOfBirth.getYear();
            if (year < century || year > century + 99) {
                faults.add("digit 4 (" + centuryAndSex + ") means born " + century + "-" + (century + 99)
                        + ", not in " + year);
            }
            if (Integer.parseInt(yy) != year % 100) {
                faults.add("digits 5-6 (" + yy + ") do not match the birth year " + year);
            }
        }
        if (sex != null && sex != Sex.OTHER && sex != digitSex) {
            faults.add("digit 4 (" + centuryAndSex + ") means " + digitSex + ", not " + sex);
        }
        return faults;
    }

    /** The century-and-sex digit for someone born in this year (the inverse of the rule above, for fixtures). */
    public static int centuryAndSexDigit(int birthYear, Sex sex) {
        return ((birthYear - 1900) / 100) * 2 + (sex == Sex.FEMALE ? 1 : 0);
    }
}
