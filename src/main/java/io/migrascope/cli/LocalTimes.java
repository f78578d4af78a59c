package io.migrascope.cli;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneRules;

/**
 * Instants as local {@code yyyy-MM-dd HH:mm:ss}, the status table's "applied at". The same text as
 * {@code DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(zone)} for years 1 to 9999
 * (other years are formatted by the formatter), written digit by digit: the formatter's general
 * machinery was a third of printing a 10,000-row table.
 */
final class LocalTimes {
    private final ZoneRules rules;
    private final java.time.format.DateTimeFormatter fallback;

    LocalTimes(ZoneId zone) {
        this.rules = zone.getRules();
        this.fallback = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(zone);
    }

    String format(Instant instant) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, rules.getOffset(instant));
        if (t.getYear() < 1 || t.getYear() > 9999) {
            return fallback.format(instant);
        }
        char[] c = new char[19];
        digits(c, 0, t.getYear(), 4);
        c[4] = '-';
        digits(c, 5, t.getMonthValue(), 2);
        c[7] = '-';
        digits(c, 8, t.getDayOfMonth(), 2);
        c[10] = ' ';
        digits(c, 11, t.getHour(), 2);
        c[13] = ':';
        digits(c, 14, t.getMinute(), 2);
        c[16] = ':';
        digits(c, 17, t.getSecond(), 2);
        return new String(c);
    }

    private static void digits(char[] into, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            into[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
