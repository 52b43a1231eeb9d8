package org.thinktank.surveyflow.questionnaire.reading;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Decides how a .csv's bytes are text. A UTF-8 byte-order mark means UTF-8; otherwise the first
 * {@value #SNIFF_BYTES} bytes are decoded as strict UTF-8, and if they are not valid UTF-8 the file is read as
 * GB18030 (what Wenjuanxing and Excel on Chinese Windows write). Decoding stays strict for the rest of the file: bytes
 * that are valid in neither are refused rather than turned into replacement characters. Control bytes other than
 * tab and line ends in the first bytes mean the file is binary, not a table.
 */
final class TextEncoding {

    static final int SNIFF_BYTES = 64 * 1024;
    static final Charset GB18030 = Charset.forName("GB18030");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private TextEncoding() {
    }

    /** A strict reader over the stream, which must be at the file's start. */
    static Reader reader(BufferedInputStream in) throws IOException {
        in.mark(SNIFF_BYTES + 1);
        byte[] prefix = in.readNBytes(SNIFF_BYTES);
        in.reset();
        if (prefix.length >= UTF8_BOM.length && Arrays.equals(Arrays.copyOf(prefix, UTF8_BOM.length), UTF8_BOM)) {
            in.skipNBytes(UTF8_BOM.length);
            return new StrictDecoder(in, StandardCharsets.UTF_8);
        }
        if (isBinary(prefix)) {
            throw TableRefusals.file("questionnaire.notTable");
        }
        if (decodes(prefix, StandardCharsets.UTF_8)) {
            return new StrictDecoder(in, StandardCharsets.UTF_8);
        }
        if (decodes(prefix, GB18030)) {
            return new StrictDecoder(in, GB18030);
        }
        throw TableRefusals.file("questionnaire.notTable");
    }

    private static boolean isBinary(byte[] prefix) {
        for (byte b : prefix) {
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r') {
                return true;
            }
        }
        return prefix.length >= 4 && prefix[0] == '%' && prefix[1] == 'P' && prefix[2] == 'D' && prefix[3] == 'F';
    }

    /** Whether the bytes decode, allowing a character cut off at the end of the sniffed prefix. */
    private static boolean decodes(byte[] prefix, Charset charset) {
        CharsetDecoder decoder = strict(charset);
        CharBuffer out = CharBuffer.allocate(prefix.length + 1);
        return !decoder.decode(ByteBuffer.wrap(prefix), out, false).isError();
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
