package org.vaxline.person.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What one search text means: an identity number, a phone number, or words of a name typed with or without diacritics. */
public sealed interface PersonQuery {
    /** 12 digits (a citizen ID) or a passport-like mix of letters and digits: matched exactly. */
    record Identity(String number) implements PersonQuery {
    }

    /** A Vietnamese phone number in any of its forms: matched normalised. */
    record Phone(String phone) implements PersonQuery {
    }

    /** A document's type and number, matched exactly: the one way to find a person outside one's province. */
    record Document(IdentityType type, String number) implements PersonQuery {
        public Document {
            number = IdentityDocument.canonical(type, number);
        }
    }

    /**
     * Anything else: every word must be contained in the normalised name. Results are ranked: the exact name first
     * ({@link #EXACT}), then names holding every word whole ({@link #WHOLE_WORDS}), then the rest ({@link #CONTAINED}),
     * each in id order.
     */
    record Name(List<String> words) implements PersonQuery {
        public static final int EXACT = 0;
        public static final int WHOLE_WORDS = 1;
        public static final int CONTAINED = 2;

        /** The words as one name, for the exact match. */
        public String exact() {
            return String.join(" ", words);
        }

        /** The rank of a matching name (a cursor's person is placed by it); the store ranks by the same rule in SQL. */
        public int rankOf(String normalizedName) {
            if (normalizedName.equals(exact())) {
                return EXACT;
            }
            List<String> nameWords = Arrays.asList(normalizedName.split(" "));
            return nameWords.containsAll(words) ? WHOLE_WORDS : CONTAINED;
        }
    }

    /** Empty when the text has nothing to search for. */
    static Optional<PersonQuery> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String compact = text.replaceAll("[\\s.-]", "");
        if (compact.matches("[0-9]{12}")) {
            return Optional.of(new Identity(compact));
        }
        String upper = compact.toUpperCase(Locale.ROOT);
        if (upper.matches("[A-Z0-9]{6,9}") && upper.matches(".*[A-Z].*") && upper.matches(".*[0-9].*")) {
            return Optional.of(new Identity(upper));
        }
        Optional<String> phone = PhoneNumber.normalize(text);
        if (phone.isPresent()) {
            return Optional.of(new Phone(phone.get()));
        }
        // Only letters, digits and spaces survive, so a word can never carry a LIKE wildcard.
        String normalized = PersonName.normalize(text).replaceAll("[^\\p{L}\\p{N} ]", " ").strip();
        List<String> words = Arrays.stream(normalized.split("\\s+")).filter(w -> !w.isEmpty()).toList();
        return words.isEmpty() ? Optional.empty() : Optional.of(new Name(words));
    }
}
