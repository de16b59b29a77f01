package org.vaxline.certificate.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Which changes revoke which certificates, as a table; and the SMART Health Card revocation id's form. */
class RevocationPolicyTest {

    @ParameterizedTest(name = "{0} → revokes {1}")
    @CsvSource({
            "fullName, true", "dateOfBirth, true", "sex, true", "phone, false", "provinceCode, false",
            "communeId, false", "priorityGroup, false", "identityNumber, false", "phone;fullName, true", "phone;communeId, false"})
    void aCorrectionRevokesWhenAStatedFieldChanged(String fields, boolean revokes) {
        assertThat(RevocationPolicy.correctionRevokes(Arrays.asList(fields.split(";")))).isEqualTo(revokes);
    }

    @ParameterizedTest(name = "reversing the dose of {0} among {1} revokes {2}")
    @CsvSource({
            "2021-09-01, '', 'R'",
            "2021-09-01, '2021-08-01', 'R'",
            "2021-09-01, '2021-08-01;2021-09-15;2021-10-01', 'R;2;3'",
            "2021-09-01, '2021-09-01', 'R;1'"})
    void aReversalRevokesTheDoseAndTheLaterOnesOfItsSeries(String reversedOn, String left, String expected) {
        UUID reversed = new UUID(0, 99);
        List<RevocationPolicy.SeriesDose> series = new java.util.ArrayList<>();
        String[] dates = left.isEmpty() ? new String[0] : left.split(";");
        for (int i = 0; i < dates.length; i++) {
            series.add(new RevocationPolicy.SeriesDose(new UUID(0, i + 1), LocalDate.parse(dates[i])));
        }
        List<String> revoked = RevocationPolicy.dosesToRevoke(reversed, LocalDate.parse(reversedOn), series).stream()
                .map(id -> id.equals(reversed) ? "R" : String.valueOf(id.getLeastSignificantBits())).toList();
        assertThat(String.join(";", revoked)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"URN:UVCI:01:VN:ABC#K", "urn:uuid:0192f0c4-0000-7000-8000-000000000001"})
    void aRevocationIdIsSixtyFourBitsInBase64Url(String certificateId) {
        String rid = RevocationId.of(certificateId);
        assertThat(rid).hasSize(11).matches("[A-Za-z0-9_-]+").isEqualTo(RevocationId.of(certificateId));
        assertThat(rid).isNotEqualTo(RevocationId.of(certificateId + "x"));
    }
}
