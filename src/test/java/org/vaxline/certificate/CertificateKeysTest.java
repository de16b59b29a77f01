package org.vaxline.certificate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaxline.certificate.application.CertificateSettings;
import org.vaxline.certificate.application.ManageKeys;
import org.vaxline.certificate.application.SigningKey;
import org.vaxline.certificate.domain.KeyUsage;
import org.vaxline.certificate.store.KeyFolder;
import org.vaxline.platform.error.VaxlineException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Signing keys in a real folder: made owner-only, rotated with the old one still trusted, imported from PEM. */
class CertificateKeysTest {
    @TempDir
    Path temp;

    @Test
    void keysAreMadeOwnerOnlyRotatedAndImported() throws Exception {
        Path folder = temp.resolve("keys");
        ManageKeys keys = new ManageKeys(new KeyFolder(folder), CertificateWorld.CLOCK, CertificateSettings.VIET_NAM);
        assertThatThrownBy(keys::current).isInstanceOf(VaxlineException.class).hasMessageContaining("keys init");

        SigningKey first = keys.init(CertificateWorld.ADMIN);
        assertThat(first.certificate().getExtendedKeyUsage()).containsExactly(KeyUsage.VACCINATION);
        assertThat(first.certificate().getSubjectX500Principal().getName()).contains("C=VN");
        assertThat(first.certificate().getPublicKey().getAlgorithm()).isEqualTo("EC");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("signing.p12")))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("signing.pass")))).isEqualTo("rw-------");
        assertThatThrownBy(() -> keys.init(CertificateWorld.ADMIN)).hasMessageContaining("already exist");
        assertThatThrownBy(() -> keys.rotate(CertificateWorld.VACCINATOR)).hasMessageContaining("may not");

        SigningKey second = keys.rotate(CertificateWorld.ADMIN);
        ManageKeys reopened = new ManageKeys(new KeyFolder(folder), CertificateWorld.CLOCK, CertificateSettings.VIET_NAM);
        assertThat(reopened.keys()).extracting(SigningKey::alias).containsExactly("dsc-0001", "dsc-0002");
        assertThat(reopened.current().kidBase64()).isEqualTo(second.kidBase64());
        assertThat(reopened.trustList().all()).extracting(s -> s.kid()).containsExactlyInAnyOrder(first.kidBase64(), second.kidBase64());
        assertThat(reopened.list()).filteredOn(ManageKeys.KeyInfo::current).singleElement()
                .satisfies(k -> assertThat(k.alias()).isEqualTo("dsc-0002"));

        Path pem = temp.resolve("signer.pem");
        Files.writeString(pem, "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(first.privateKey().getEncoded())
                + "\n-----END PRIVATE KEY-----\n-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder().encodeToString(first.certificate().getEncoded()) + "\n-----END CERTIFICATE-----\n",
                StandardCharsets.US_ASCII);
        SigningKey imported = reopened.importKey(CertificateWorld.ADMIN, pem, null);
        assertThat(imported.alias()).isEqualTo("dsc-0003");
        assertThat(reopened.current().kidBase64()).isEqualTo(first.kidBase64());
        Files.writeString(pem, "not a key");
        assertThatThrownBy(() -> reopened.importKey(CertificateWorld.ADMIN, pem, null)).isInstanceOf(VaxlineException.class);
    }
}
