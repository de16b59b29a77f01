package org.vaxline.certificate.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.vaxline.certificate.application.CoseSign1;
import org.vaxline.certificate.application.Hc1;
import org.vaxline.certificate.application.Hc1Signer;
import org.vaxline.certificate.application.Hc1Verifier;
import org.vaxline.certificate.application.Shc;
import org.vaxline.certificate.application.ShcVerifier;
import org.vaxline.certificate.application.SignerCertificates;
import org.vaxline.certificate.application.SigningKey;
import org.vaxline.certificate.application.TrustList;
import org.vaxline.certificate.application.VerifyCertificate;
import org.vaxline.certificate.domain.VerificationReport;

import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * How long one EU DCC takes to issue (CBOR, ES256 sign, zlib, Base45) and to verify (every stage) after warm-up, and one
 * SMART Health Card (FHIR Bundle, JSON, DEFLATE, JWS, numeric text; every stage), with BouncyCastle's ECDSA. Never run by {@code mvn test} (no test in it); run it with
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.vaxline.certificate.bench.SigningBenchmark}
 * (cp.txt from {@code mvn dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test}).
 * <p>
 * 2026-12-01, this shared 2-core machine at load 5–6: verify 344 ± 412 µs before and 82 ± 33 µs after the trusted
 * signer's key was kept as BouncyCastle's own (its precomputed point multiples reused), Signature objects reused per
 * thread, the CWT read once into maps, Base45 checked through a table, and revocation hashing skipped with no list;
 * issue 167 ± 130 µs before, 124 ± 76 µs after (unchanged code; the machine's noise). With SMART Health Cards (load 5):
 * issue 120 ± 36, verify 87 ± 12, issueShc 115 ± 27, verifyShc 87 ± 21 µs per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SigningBenchmark {
    static final Instant NOW = Instant.parse("2021-10-01T09:00:00Z");
    static final Map<String, Object> PAYLOAD = Map.of("ver", "1.3.0", "nam", Map.of("fn", "Nguyễn", "fnt", "NGUYEN", "gn", "Văn An", "gnt", "VAN<AN"),
            "dob", "1990-05-14", "v", List.of(Map.of("tg", "840539006", "vp", "28531000087107", "mp", "Abdala", "ma", "CIGB",
                    "dn", 2, "sd", 3, "dt", "2021-09-20", "co", "VN", "is", "Ministry of Health of Viet Nam",
                    "ci", "URN:UVCI:01:VN:0192F0C4000070008000000000000001#M")));

    static final Map<String, Object> BUNDLE = org.vaxline.certificate.domain.FhirImmunization.shcBundle(
            new org.vaxline.certificate.domain.Holder(java.util.UUID.randomUUID(), "Nguyễn", "Văn An", java.time.LocalDate.parse("1990-05-14"), "MALE"),
            List.of(new org.vaxline.certificate.domain.CertifiedDose(java.util.UUID.randomUUID(), java.time.LocalDate.parse("2021-09-20"), 2, 3,
                    "Abdala", Map.of("SNOMED", "33391000087109"), "A2109-01", "Trạm Y tế Phường 1")));

    SigningKey key;
    TrustList trust;
    Hc1Verifier verifier;
    String text;
    ShcVerifier shcVerifier;
    String card;

    @Setup
    public void setUp() {
        KeyPair keys = SignerCertificates.newKeyPair();
        key = new SigningKey("dsc-0001", keys.getPrivate(), SignerCertificates.selfSigned(keys, "VN", "Ministry of Health of Viet Nam",
                "bench", NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(730))));
        trust = TrustList.of(key.certificate());
        verifier = new Hc1Verifier(VerifyCertificate.valueSets());
        text = issue();
        if (!verify().valid()) {
            throw new IllegalStateException("benchmark certificate does not verify");
        }
        shcVerifier = new ShcVerifier();
        card = issueShc();
        if (!verifyShc().valid()) {
            throw new IllegalStateException("benchmark health card does not verify");
        }
    }

    /** A SMART Health Card of the same dose: FHIR Bundle, JSON, DEFLATE, ES256 JWS, numeric text. */
    @Benchmark
    public String issueShc() {
        return Shc.numeric(Shc.sign(Shc.payload("https://vaxline.example", NOW, NOW.plus(Duration.ofDays(365)), BUNDLE, "rid"), key));
    }

    @Benchmark
    public VerificationReport verifyShc() {
        return shcVerifier.verify(card, trust, NOW.plusSeconds(60), Set.of());
    }

    @Benchmark
    public String issue() {
        CoseSign1 cose = Hc1Signer.sign(PAYLOAD, "VN", NOW, NOW.plus(Duration.ofDays(365)), key);
        return Hc1.encode(cose.encode());
    }

    @Benchmark
    public VerificationReport verify() {
        return verifier.verify(text, trust, NOW.plusSeconds(60), Set.of());
    }

    public static void main(String[] args) throws Exception {
        new Runner(new OptionsBuilder().include(SigningBenchmark.class.getSimpleName()).build()).run();
    }
}
