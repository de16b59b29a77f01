package org.vaxline.registry.reminder;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** The Vietnamese text of a reminder: who, which dose of which vaccine, from which day, where. */
public final class ReminderText {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ReminderText() {
    }

    public static String of(String personName, int doseNumber, String productName, LocalDate from, String siteName) {
        return "Nhắc lịch tiêm: Ông/Bà " + personName + " đến hạn tiêm mũi " + doseNumber + " vắc xin " + productName
                + " từ ngày " + DAY.format(from) + " tại " + siteName + ".";
    }
}
