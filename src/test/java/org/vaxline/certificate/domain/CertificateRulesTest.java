package org.vaxline.certificate.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The certificate's pure rules, each on its own: UVCI check character, names, key usage, payload, schema, value sets. */
class CertificateRulesTest {
    static final Map<String, String> ABDALA = Map.of("EU-DCC-TG", "840539006", "EU-DCC-VP", "28531000087107",
            "EU-DCC-MP", "Abdala", "EU-DCC-MA", "CIGB", "SNOMED", "33391000087109");

    @Test
    void aUvciCarriesACheckCharacterThatCatchesAnyOneChangedCharacter() {
        String uvci = Uvci.of("VN", UUID.fromString("0192f0c4-0000-7000-8000-000000000001"));
        assertThat(uvci).startsWith("URN:UVCI:01:VN:0192F0C4000070008000000000000001#").hasSize(49);
        assertThat(Uvci.checkCharacterValid(uvci)).isTrue();
        String body = uvci.substring(0, uvci.indexOf('#'));
        for (int i = "URN:UVCI:".length(); i < body.length(); i++) {
            char c = body.charAt(i);
            char other = c == '0' ? '1' : '0';
            String changed = body.substring(0, i) + other + body.substring(i + 1) + uvci.substring(body.length());
            assertThat(Uvci.checkCharacterValid(changed)).as("changed at %d", i).isFalse();
        }
        assertThat(Uvci.checkCharacterValid(body)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "A", "URN:UVCI:01:NL:187/37512422923", "urn:uvci:01:vn:ab"})
    void aCheckCharacterValidatesWhatItWasMadeFor(String text) {
        char check = Uvci.checkCharacter(text);
        assertThat(Uvci.CHARSET.indexOf(check)).isBetween(0, 37);
        assertThat(Uvci.checkCharacterValid(text + "#" + check)).isTrue();
    }

    @Test
    void checkCharacterIsTheOneThatMakesTheSumDivisible() {
        // "AB": from the right B=1 doubled → 2, A=0 → 0; sum 2; check = (38 - 2) % 38 = 36 → '/'
        assertThat(Uvci.checkCharacter("AB")).isEqualTo('/');
        // "Z": 25 doubled = 50 → 50/38 + 50%38 = 1 + 12 = 13; check = 25 → 'Z'
        assertThat(Uvci.checkCharacter("Z")).isEqualTo('Z');
        assertThat(Uvci.checkCharacter("urn:uvci:01:vn:ab")).isEqualTo(Uvci.checkCharacter("URN:UVCI:01:VN:AB"));
    }

    /**
     * The optional URN:UVCI: prefix is outside the check: the guidelines (Annex 2) and the eu-dcc-schema examples compute it
     * from the version on ("01:SE:EHM/…"), so the same identifier with or without the prefix has the same check character.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
            "URN:UVCI:01:VN:0192F0C4000070008000000000000001, 01:VN:0192F0C4000070008000000000000001",
            "urn:uvci:01:SE:EHM/123456789KOOZC6RM7VZ, 01:SE:EHM/123456789KOOZC6RM7VZ",
            "URN:UVCI:01:NL:187/37512422923, 01:NL:187/37512422923"})
    void theUrnPrefixIsNotPartOfTheCheck(String withPrefix, String without) {
        assertThat(Uvci.checkCharacter(withPrefix)).isEqualTo(Uvci.checkCharacter(without));
        assertThat(Uvci.checkCharacterValid(withPrefix + "#" + Uvci.checkCharacter(without))).isTrue();
        assertThat(Uvci.checkCharacterValid(without + "#" + Uvci.checkCharacter(withPrefix))).isTrue();
    }

    @Test
    void namesAreSplitFamilyFirstAndWrittenAsIcao9303() {
        Holder h = Holder.of(UUID.randomUUID(), "  Nguyễn  Văn An ", LocalDate.of(1990, 5, 14), "MALE");
        assertThat(h.familyName()).isEqualTo("Nguyễn");
        assertThat(h.givenName()).isEqualTo("Văn An");
        assertThat(Holder.icao("Nguyễn")).isEqualTo("NGUYEN");
        assertThat(Holder.icao("Văn An")).isEqualTo("VAN<AN");
        assertThat(Holder.icao("Đặng Thị Ngọc Hân")).isEqualTo("DANG<THI<NGOC<HAN");
        assertThat(Holder.icao("Musterfrau-Gößinger")).isEqualTo("MUSTERFRAU<GOSSINGER");
        assertThat(Holder.icao("x".repeat(100))).hasSize(80);
        assertThat(Holder.of(UUID.randomUUID(), "Madonna", LocalDate.of(1958, 8, 16), null).givenName()).isNull();
    }

    @Test
    void keyUsageLimitsASignerToTheKindsItNames() {
        assertThat(KeyUsage.allows(null, "v")).isTrue();
        assertThat(KeyUsage.allows(List.of("1.3.6.1.5.5.7.3.2"), "t")).isTrue();
        assertThat(KeyUsage.allows(List.of(KeyUsage.VACCINATION), "v")).isTrue();
        assertThat(KeyUsage.allows(List.of(KeyUsage.VACCINATION), "t")).isFalse();
        assertThat(KeyUsage.allows(List.of("1.3.6.1.4.1.1847.2021.1.1"), "v")).isFalse();
        assertThat(KeyUsage.allows(List.of("1.3.6.1.4.1.0.1847.2021.1.3"), "r")).isTrue();
        assertThat(KeyUsage.allows(List.of("1.3.6.1.4.1.0.1847.2021.1.3"), "v")).isFalse();
    }

    @Test
    void thePayloadStatesTheDoseNumberTheRegimensTotalAndTheProductsCodes() {
        Holder holder = Holder.of(UUID.randomUUID(), "Nguyễn Văn An", LocalDate.of(1990, 5, 14), "MALE");
        CertifiedDose second = new CertifiedDose(UUID.randomUUID(), LocalDate.of(2021, 9, 20), 2, 3, "Abdala", ABDALA, "A1", "Site");
        Map<String, Object> payload = DccPayload.vaccination(holder, second, "VN", "Ministry of Health of Viet Nam", "URN:UVCI:01:VN:X#Y");
        assertThat(payload).containsEntry("ver", "1.3.0").containsEntry("dob", "1990-05-14");
        @SuppressWarnings("unchecked")
        Map<String, Object> v = ((List<Map<String, Object>>) payload.get("v")).get(0);
        assertThat(v).containsEntry("tg", "840539006").containsEntry("vp", "28531000087107").containsEntry("mp", "Abdala")
                .containsEntry("ma", "CIGB").containsEntry("dn", 2).containsEntry("sd", 3).containsEntry("dt", "2021-09-20")
                .containsEntry("co", "VN");
        assertThat(DccSchema.problems(payload)).isEmpty();
        CertifiedDose booster = new CertifiedDose(UUID.randomUUID(), LocalDate.of(2022, 3, 1), 4, 3, "Abdala", ABDALA, "A1", "Site");
        assertThat(booster.statedTotal()).isEqualTo(4);
        assertThat(DccPayload.missingCodes(new CertifiedDose(UUID.randomUUID(), LocalDate.of(2021, 9, 20), 1, 3, "X",
                Map.of("SNOMED", "1"), null, null))).containsExactly("EU-DCC-TG", "EU-DCC-VP", "EU-DCC-MP", "EU-DCC-MA");
    }

    @Test
    void theSchemaNamesWhatIsMissingOrMalformed() {
        Map<String, Object> payload = new HashMap<>(Map.of("ver", "1.3.0", "nam", Map.of("fnt", "nguyen"), "dob", "1990-05-14",
                "v", List.of(Map.of("tg", "840539006", "dn", 0))));
        List<String> problems = DccSchema.problems(payload);
        assertThat(problems).contains("nam.fnt: required, A-Z and '<', at most 80", "v[0].vp: required", "v[0].dn: a whole number from 1 to 9");
        payload.put("t", List.of(Map.of()));
        assertThat(DccSchema.problems(payload)).contains("v|t|r: exactly one is required, found 2");
        assertThat(DccSchema.kindOf(payload)).isNull();
    }

    @Test
    void valueSetsNameUnknownCodes() {
        ValueSets sets = new ValueSets(Map.of("vaccines-covid-19-names", java.util.Set.of("Abdala"),
                "disease-agent-targeted", java.util.Set.of("840539006")));
        Map<String, Object> payload = Map.of("v", List.of(Map.of("tg", "840539006", "mp", "Nonesuch")));
        assertThat(sets.problems(payload)).containsExactly("v[0].mp: 'Nonesuch' not in vaccines-covid-19-names");
    }

    @Test
    void revocationHashesAreSixteenBytesOfSha256AndTheEcdsaSignatureHashUsesItsRHalf() {
        byte[] signature = new byte[64];
        signature[40] = 7;
        RevocationHashes a = RevocationHashes.of("URN:UVCI:01:VN:X#Y", "VN", signature, true);
        RevocationHashes b = RevocationHashes.of("URN:UVCI:01:VN:X#Y", "VN", new byte[64], true);
        assertThat(java.util.Base64.getDecoder().decode(a.uci())).hasSize(16);
        assertThat(a.signature()).isEqualTo(b.signature());
        assertThat(a.countryCodeUci()).isNotEqualTo(a.uci());
        assertThat(RevocationHashes.of("URN:UVCI:01:VN:X#Y", "VN", signature, false).signature()).isNotEqualTo(b.signature());
    }
}
