package org.vaxline.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaxline.certificate.CertificateWorld;
import org.vaxline.platform.store.Store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code vaxline keys …} and {@code vaxline cert …} on a real embedded store: keys never printed, exit codes 0, 1, 2. */
class CertificateCommandsTest {
    @TempDir
    Path data;

    @Test
    void keysAreMadeACertificateIssuedAsTextAndPngAndVerified() throws Exception {
        UUID person;
        try (CertificateWorld world = new CertificateWorld(Store.embedded(data), data.resolve("keys"), Clock.systemUTC())) {
            person = world.person("Trần Thị Bình");
            world.give(person, world.stockedLot("A1"), CertificateWorld.TODAY);
        }
        List<String> store = List.of("--data", data.toString());
        CliRun init = CliRun.run(store, "keys", "init");
        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(init.out()).startsWith("made dsc-0001").contains("kid ").doesNotContain("PRIVATE");
        assertThat(Files.exists(data.resolve("keys").resolve("signing.p12"))).isTrue();
        assertThat(CliRun.run(store, "keys", "init").exitCode()).isEqualTo(4);
        CliRun list = CliRun.run(store, "keys", "list");
        assertThat(list.out()).contains("dsc-0001", "C=VN");

        Path png = data.resolve("qr.png");
        CliRun issue = CliRun.run(store, "cert", "issue", person.toString(), "--format", "hc1", "--png", png.toString());
        assertThat(issue.exitCode()).as(issue.err()).isZero();
        String text = issue.out().trim();
        assertThat(text).startsWith("HC1:");
        assertThat(Files.size(png)).isPositive();

        CliRun card = CliRun.run(store, "cert", "issue", person.toString(), "--format", "shc");
        assertThat(card.exitCode()).as(card.err()).isZero();
        assertThat(card.out().trim()).startsWith("shc:/");
        CliRun cardValid = CliRun.run(store, "cert", "verify", card.out().trim());
        assertThat(cardValid.exitCode()).as(cardValid.out()).isZero();
        assertThat(cardValid.out()).contains("\"format\" : \"shc\"", "\"JWS\"");

        CliRun valid = CliRun.run(store, "cert", "verify", text);
        assertThat(valid.exitCode()).as(valid.out() + valid.err()).isZero();
        assertThat(valid.out()).contains("\"valid\" : true", "\"SIGNATURE\"");
        CliRun fromQr = CliRun.run(store, "cert", "verify", "--qr", png.toString());
        assertThat(fromQr.exitCode()).as(fromQr.out() + fromQr.err()).isZero();
        CliRun expired = CliRun.run(store, "cert", "verify", text, "--at", "2099-01-01T00:00:00Z");
        assertThat(expired.exitCode()).isEqualTo(1);
        assertThat(expired.out()).contains("\"valid\" : false");
        assertThat(CliRun.run(store, "cert", "verify", "HC1:garbage!").exitCode()).isEqualTo(1);
        assertThat(CliRun.run(store, "cert", "verify").exitCode()).isEqualTo(2);
        assertThat(CliRun.run(store, "cert", "verify", text, "--at", "yesterday").exitCode()).isEqualTo(2);
        CliRun rotate = CliRun.run(store, "keys", "rotate");
        assertThat(rotate.out()).startsWith("made dsc-0002");
        assertThat(CliRun.run(store, "cert", "verify", text).exitCode()).as("the old signer stays trusted").isZero();
        Path wrongTrust = data.resolve("other.pem");
        Files.writeString(wrongTrust, "garbage");
        assertThat(CliRun.run(store, "cert", "verify", text, "--trust", wrongTrust.toString()).exitCode()).isEqualTo(2);

        Path partner = data.resolve("partner-jwks.json");
        Files.writeString(partner, "{\"keys\":[{\"kty\":\"EC\",\"kid\":\"3Kfdg-XwP-7gXyywtUfUADwBumDOPKMQx-iELL11W9s\","
                + "\"crv\":\"P-256\",\"x\":\"11XvRWy1I2S0EyJlyf_bWfw_TQ5CJJNLw78bHXNxcgw\",\"y\":\"eZXwxvO1hvCY0KucrPfKo7yAyMT6Ajc3N7OkAB6VYy8\"}]}");
        CliRun trusted = CliRun.run(store, "trust", "import", partner.toString());
        assertThat(trusted.exitCode()).as(trusted.err()).isZero();
        assertThat(trusted.out()).startsWith("trusted 0 new certificates and 1 new key sets");
        assertThat(CliRun.run(store, "trust", "list").out()).contains("3Kfdg-XwP", "jwk", "certificate", "ours");
        assertThat(CliRun.run(store, "trust", "import", wrongTrust.toString()).exitCode()).isEqualTo(2);
        Path exported = data.resolve("trust-list.json");
        assertThat(CliRun.run(store, "trust", "export", "--out", exported.toString()).exitCode()).isZero();
        assertThat(Files.readString(exported)).contains("\"jws\"", "3Kfdg-XwP");
        assertThat(CliRun.run(store, "cert", "verify", card.out().trim(), "--trust", partner.toString()).exitCode())
                .as("only the partner's key trusted").isEqualTo(1);

        Path emptyList = data.resolve("revoked-before.json");
        assertThat(CliRun.run(store, "cert", "revocations", "--out", emptyList.toString()).exitCode()).isZero();
        String uvci = CliRun.run(store, "cert", "verify", text).out().replaceAll("(?s).*\"ci\" : \"([^\"]+)\".*", "$1");
        assertThat(uvci).startsWith("URN:UVCI:01:VN:");
        assertThat(CliRun.run(store, "cert", "revoke", uvci).exitCode()).as("--reason is required").isEqualTo(2);
        CliRun revoke = CliRun.run(store, "cert", "revoke", uvci, "--reason", "issued in error");
        assertThat(revoke.exitCode()).as(revoke.err()).isZero();
        assertThat(revoke.out()).startsWith("revoked " + uvci).contains("REQUEST");
        assertThat(CliRun.run(store, "cert", "revoke", uvci, "--reason", "again").out()).startsWith("already revoked");
        assertThat(CliRun.run(store, "cert", "revoke", "URN:UVCI:01:VN:NONE#A", "--reason", "x").exitCode()).isEqualTo(3);
        Path revokedList = data.resolve("revoked.json");
        assertThat(CliRun.run(store, "cert", "revocations", "--out", revokedList.toString()).out()).contains("wrote 1 revoked");
        CliRun revoked = CliRun.run(store, "cert", "verify", text);
        assertThat(revoked.exitCode()).isEqualTo(1);
        assertThat(revoked.out()).contains("\"REVOCATION\"", "revoked (");
        Path line = data.resolve("revoked.txt");
        Files.writeString(line, "# one hash a line\n" + Files.readString(revokedList).replaceAll("(?s).*\"signature\" : \\[\\s*\"([^\"]+)\".*", "$1") + "\n");
        assertThat(CliRun.run(store, "cert", "verify", text, "--revoked", line.toString()).exitCode()).isEqualTo(1);
        assertThat(CliRun.run(store, "cert", "verify", text, "--revoked", emptyList.toString()).exitCode()).isEqualTo(1);
    }
}
