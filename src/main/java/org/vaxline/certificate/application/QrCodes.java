package org.vaxline.certificate.application;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.ReaderException;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.vaxline.certificate.domain.CertificateError;
import org.vaxline.platform.error.VaxlineException;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** QR codes with ZXing: PNG and SVG of a certificate's text (error correction Q, as the EU DCC asks), and reading one back. */
public final class QrCodes {
    private static final int SIZE = 600;

    private QrCodes() {
    }

    private static BitMatrix matrix(String text, int size) {
        try {
            // a SMART Health Card: error correction L and the shortest segments (shc:/ in byte mode, the digits numeric)
            Map<EncodeHintType, Object> hints = text.startsWith(Shc.PREFIX)
                    ? Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.L, EncodeHintType.MARGIN, 4, EncodeHintType.QR_COMPACT, Boolean.TRUE)
                    : Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.Q, EncodeHintType.MARGIN, 4);
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("too long for a QR code: " + e.getMessage(), e);
        }
    }

    public static byte[] png(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            MatrixToImageWriter.writeToStream(matrix(text, SIZE), "PNG", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** An SVG of one path per dark module run: small, and sharp at any size. */
    public static String svg(String text) {
        BitMatrix m = matrix(text, 0);
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                if (m.get(x, y)) {
                    int start = x;
                    while (x + 1 < m.getWidth() && m.get(x + 1, y)) {
                        x++;
                    }
                    path.append('M').append(start).append(' ').append(y).append('h').append(x - start + 1).append("v1h-")
                            .append(x - start + 1).append('z');
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + m.getWidth() + " " + m.getHeight()
                + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\""
                + path + "\"/></svg>\n";
    }

    /** The text of the QR code in an image (PNG or JPEG, also a photo). */
    public static String read(byte[] image) {
        BufferedImage picture;
        try {
            picture = ImageIO.read(new ByteArrayInputStream(image));
        } catch (IOException e) {
            picture = null;
        }
        if (picture == null) {
            throw VaxlineException.field(CertificateError.CERTIFICATE_UNREADABLE, "image", "is not a PNG or JPEG image");
        }
        BufferedImageLuminanceSource source = new BufferedImageLuminanceSource(picture);
        // A clean image (a PNG we or another issuer made) reads best as a pure code; a photo needs the detector, which
        // misses some clean codes; a photo with uneven light may need the other binarizer. The first that reads wins.
        List<BinaryBitmap> bitmaps = List.of(new BinaryBitmap(new HybridBinarizer(source)),
                new BinaryBitmap(new HybridBinarizer(source)), new BinaryBitmap(new GlobalHistogramBinarizer(source)));
        List<Map<DecodeHintType, Object>> hints = List.of(
                Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE, DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE)),
                Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE, DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE)),
                Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE, DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE)));
        for (int i = 0; i < bitmaps.size(); i++) {
            try {
                return new MultiFormatReader().decode(bitmaps.get(i), hints.get(i)).getText();
            } catch (ReaderException notThisWay) {
                // try the next way of reading it
            }
        }
        throw VaxlineException.field(CertificateError.CERTIFICATE_UNREADABLE, "image", "holds no QR code that can be read");
    }
}
