package org.vaxline.certificate;

import org.junit.jupiter.api.Test;
import org.vaxline.certificate.application.CoseSign1;
import org.vaxline.certificate.application.Crypto;
import org.vaxline.certificate.application.Hc1;
import org.vaxline.certificate.application.Hc1Signer;
import org.vaxline.certificate.application.Hc1Verifier;
import org.vaxline.certificate.application.SignerCertificates;
import org.vaxline.certificate.application.SigningKey;
import org.vaxline.certificate.application.TrustList;
import org.vaxline.certificate.application.VerifyCertificate;
import org.vaxline.certificate.domain.Stage;
import org.vaxline.certificate.domain.VerificationReport;
import org.vaxline.certificate.domain.Verdict;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The HC1 transport and the signature, without a store: Base45 (RFC 9285), zlib, COSE_Sign1, and each stage's verdict. */
class Hc1CodecTest {
    static final Instant NOW = Instant.parse("2021-10-01T09:00:00Z");
    static final Map<String, Object> PAYLOAD = Map.of("ver", "1.3.0", "nam", Map.of("fn", "Nguyễn", "fnt", "NGUYEN", "gn", "Văn An", "gnt", "VAN<AN"),
            "dob", "1990-05-14", "v", List.of(Map.of("tg", "840539006", "vp", "28531000087107", "mp", "Abdala", "ma", "CIGB",
                    "dn", 2, "sd", 3, "dt", "2021-09-20", "co", "VN", "is", "Ministry of Health of Viet Nam", "ci", "URN:UVCI:01:VN:X#Y")));

    @Test
    void base45IsRfc9285AndStrict() {
        assertThat(Hc1.base45Encode("AB".getBytes(StandardCharsets.US_ASCII))).isEqualTo("BB8");
        assertThat(Hc1.base45Encode("Hello!!".getBytes(StandardCharsets.US_ASCII))).isEqualTo("%69 VD92EX0");
        assertThat(Hc1.base45Encode("base-45".getBytes(StandardCharsets.US_ASCII))).isEqualTo("UJCLQE7W581");
        assertThat(new String(Hc1.base45Decode("QED8WEX0"), StandardCharsets.US_ASCII)).isEqualTo("ietf!");
        assertThat(Hc1.base45Decode("FGW")).containsExactly((byte) 0xFF, (byte) 0xFF);
        assertThatThrownBy(() -> Hc1.base45Decode("GGW")).hasMessageContaining("exceeds 65535");
        assertThatThrownBy(() -> Hc1.base45Decode("BB8A")).hasMessageContaining("single character");
        assertThatThrownBy(() -> Hc1.base45Decode("bb8")).hasMessageContaining("not Base45");
    }

    @Test
    void zlibRefusesWhatIsNotZlibAndBombs() {
        assertThatThrownBy(() -> Hc1.inflate(new byte[]{1, 2, 3})).hasMessageContaining("zlib");
        java.util.zip.Deflater d = new java.util.zip.Deflater(9);
        d.setInput(new byte[1_000_000]);
        d.finish();
        byte[] buffer = new byte[10_000];
        int n = d.deflate(buffer);
        byte[] bomb = java.util.Arrays.copyOf(buffer, n);
        assertThatThrownBy(() -> Hc1.inflate(bomb)).hasMessageContaining("inflates past");
    }

    static SigningKey key(Instant notBefore) {
        KeyPair keys = SignerCertificates.newKeyPair();
        X509Certificate certificate = SignerCertificates.selfSigned(keys, "VN", "Ministry of Health of Viet Nam", "test signer",
                notBefore, notBefore.plus(Duration.ofDays(730)));
        return new SigningKey("dsc-0001", keys.getPrivate(), certificate);
    }

    @Test
    void aSignedCertificatePassesEveryStageAndEachTamperingFailsItsOwn() throws Exception {
        SigningKey key = key(NOW.minus(Duration.ofDays(1)));
        assertThat(key.certificate().getExtendedKeyUsage()).containsExactly("1.3.6.1.4.1.1847.2021.1.2");
        CoseSign1 cose = Hc1Signer.sign(PAYLOAD, "VN", NOW, NOW.plus(Duration.ofDays(365)), key);
        String text = Hc1.encode(cose.encode());
        assertThat(text).startsWith("HC1:");
        Hc1Verifier verifier = new Hc1Verifier(VerifyCertificate.valueSets());
        TrustList trust = TrustList.of(key.certificate());

        VerificationReport ok = verifier.verify(text, trust, NOW.plusSeconds(60), Set.of());
        assertThat(ok.stages()).allSatisfy(s -> assertThat(s.verdict()).as(s.toString()).isEqualTo(Verdict.PASS));
        assertThat(ok.valid()).isTrue();
        assertThat(ok.kind()).isEqualTo("v");
        assertThat(ok.payload()).containsEntry("dob", "1990-05-14");
        assertThat(ok.claims()).containsEntry("issuer", "VN");

        assertThat(verifier.verify(text.substring(4), trust, NOW, Set.of()).verdict(Stage.PREFIX)).isEqualTo(Verdict.FAIL);
        assertThat(verifier.verify("HC1:" + text.substring(4).toLowerCase(), trust, NOW, Set.of()).verdict(Stage.BASE45)).isEqualTo(Verdict.FAIL);
        assertThat(verifier.verify("HC1:" + Hc1.base45Encode(cose.encode()), trust, NOW, Set.of()).verdict(Stage.ZLIB)).isEqualTo(Verdict.FAIL);
        VerificationReport stranger = verifier.verify(text, TrustList.of(key(NOW.minus(Duration.ofDays(1))).certificate()), NOW, Set.of());
        assertThat(stranger.verdict(Stage.KID)).isEqualTo(Verdict.FAIL);
        assertThat(stranger.verdict(Stage.SIGNATURE)).isEqualTo(Verdict.SKIPPED);
        byte[] badSignature = cose.signature().clone();
        badSignature[5] ^= 1;
        CoseSign1 forged = new CoseSign1(cose.protectedBytes(), cose.alg(), cose.kid(), cose.payload(), badSignature);
        assertThat(verifier.verify(Hc1.encode(forged.encode()), trust, NOW, Set.of()).verdict(Stage.SIGNATURE)).isEqualTo(Verdict.FAIL);
        assertThat(verifier.verify(text, trust, NOW.plus(Duration.ofDays(366)), Set.of()).verdict(Stage.VALIDITY)).isEqualTo(Verdict.FAIL);
        assertThat(verifier.verify(text, trust, NOW.minusSeconds(60), Set.of()).verdict(Stage.VALIDITY)).isEqualTo(Verdict.FAIL);
        String uciHash = org.vaxline.certificate.domain.RevocationHashes.of("URN:UVCI:01:VN:X#Y", "VN", cose.signature(), true).uci();
        VerificationReport revoked = verifier.verify(text, trust, NOW, Set.of(uciHash));
        assertThat(revoked.verdict(Stage.REVOCATION)).isEqualTo(Verdict.FAIL);
        assertThat(revoked.valid()).isFalse();
        assertThat(Crypto.kid(key.certificate())).hasSize(8).isEqualTo(cose.kid());
    }
}
