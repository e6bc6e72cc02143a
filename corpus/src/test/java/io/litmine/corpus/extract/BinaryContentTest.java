package io.litmine.corpus.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BinaryContentTest {
    @Test
    void textInAnyScriptIsText() {
        assertThat(BinaryContent.looksBinary("Loss of PTEN activates PI3K/AKT (1).\r\n\tTGF-α, p27ᴷⁱᵖ¹; 乳腺癌\f".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(BinaryContent.looksBinary("<html><body><p>HER2</p></body></html>".getBytes(StandardCharsets.ISO_8859_1))).isFalse();
        assertThat(BinaryContent.looksBinary(new byte[0])).isFalse();
    }

    @Test
    void randomBytesAndNulsAreBinary() {
        byte[] noise = new byte[4096];
        new Random(1).nextBytes(noise);
        noise[0] = 'x';
        assertThat(BinaryContent.looksBinary(noise)).isTrue();
        assertThat(BinaryContent.looksBinary("text\0more".getBytes(StandardCharsets.US_ASCII))).isTrue();
    }

    @Test
    void randomBytesNamedHtmlAreRefusedNotIndexedAsGarbage() {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        noise[0] = (byte) 0x9c;
        assertThatThrownBy(() -> new PaperExtractor().extract("noise.html", noise))
                .isInstanceOf(ExtractionException.class)
                .hasMessageStartingWith("the file looks like binary data");
    }
}
