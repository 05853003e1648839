package ma.cimr.teleservices.bank;

import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.value.Money;
import ma.cimr.teleservices.shared.value.Rib;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A pain.001 message the portal writes is valid against the ISO 20022 schema, and a broken one is refused. */
class CreditTransferFileTest {

    static final Rib FUND = Rib.withKey("0117800000000000012345");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T06:00:00Z"), ZoneOffset.UTC);

    @Test
    void aMessageOfThreeTransfersIsValidAndCarriesTheAccountsAsIbans() {
        List<CreditTransfer> transfers = List.of(
                transfer("PEN-2026-12-0000001", "1500.00", "Amrani Fatima", "0077800000000000000000"),
                transfer("PEN-2026-12-0000002", "2340.55", "Benali Ahmed", "2307800000000000000123"),
                transfer("PEN-2026-12-0000003", "980.10", "El Idrissi Zohra — veuve", "1907800000000000004567"));
        var batch = new TransferBatch("RUN-2026-12-007", "CIMR", FUND, LocalDate.of(2026, 12, 1), 3,
                new BigDecimal("4820.65"));

        String xml = written(batch, transfers.iterator());
        CreditTransferFile.validate(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));

        assertThat(xml).contains("<MsgId>RUN-2026-12-007</MsgId>", "<NbOfTxs>3</NbOfTxs>", "<CtrlSum>4820.65</CtrlSum>",
                "<ReqdExctnDt>2026-12-01</ReqdExctnDt>", "<IBAN>" + FUND.iban() + "</IBAN>",
                "<IBAN>" + transfers.get(1).creditorAccount().iban() + "</IBAN>", "<InstdAmt Ccy=\"MAD\">2340.55</InstdAmt>",
                "<EndToEndId>PEN-2026-12-0000003</EndToEndId>", "El Idrissi Zohra — veuve", "<MmbId>230</MmbId>");
    }

    @Test
    void aMessageWhoseTransfersDoNotAddUpToItsHeaderIsNotFinished() {
        var batch = new TransferBatch("RUN-BAD-SUM", "CIMR", FUND, LocalDate.of(2026, 12, 1), 1, new BigDecimal("10.00"));
        Iterator<CreditTransfer> one = List.of(transfer("E1", "9.99", "A", "0077800000000000000000")).iterator();
        assertThatThrownBy(() -> written(batch, one)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("announces 1 transfers for 10.00 but holds 1 for 9.99");
    }

    @Test
    void aFileTheSchemaRefusesIsRefusedWithTheValidatorsComplaint() {
        var batch = new TransferBatch("RUN-X", "CIMR", FUND, LocalDate.of(2026, 12, 1), 1, new BigDecimal("10.00"));
        String xml = written(batch, List.of(transfer("E1", "10.00", "A", "0077800000000000000000")).iterator())
                .replace("<PmtMtd>TRF</PmtMtd>", "<PmtMtd>CASH</PmtMtd>");
        assertThatThrownBy(() -> CreditTransferFile.validate(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(Refusal.class, refusal -> {
                    assertThat(refusal.key()).isEqualTo("bank.file.invalid");
                    assertThat(refusal.arguments()[0].toString()).contains("CASH");
                });
    }

    @Test
    void tenThousandTransfersAreWrittenAndValidatedStreaming() {
        int count = 10_000;
        var batch = new TransferBatch("RUN-10K", "CIMR", FUND, LocalDate.of(2026, 12, 1), count,
                new BigDecimal("1234.56").multiply(BigDecimal.valueOf(count)));
        Iterator<CreditTransfer> transfers = IntStream.range(0, count)
                .mapToObj(i -> transfer("PEN-" + i, "1234.56", "Retraité " + i, "0117800000" + String.format("%012d", i)))
                .iterator();
        var path = CreditTransferFile.writeValidated(batch, transfers, CLOCK);
        assertThat(path.toFile().length()).isGreaterThan(count * 300L);
        // what the one pass validated as events is also what a bank's parser reads from the file
        try (var in = java.nio.file.Files.newInputStream(path)) {
            CreditTransferFile.validate(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(path.toFile().delete()).isTrue();
    }

    @Test
    void aFileTheSchemaRefusesWhileItIsWrittenIsRefusedAndLeavesNoFileBehind() throws Exception {
        // 19 digits before the point: more than the 18 digits the standard allows an amount
        var tooLarge = transfer("E1", "1000000000000000000.00", "A", "0077800000000000000000");
        var batch = new TransferBatch("RUN-HUGE", "CIMR", FUND, LocalDate.of(2026, 12, 1), 1,
                tooLarge.amount().amount());
        long before = pain001FilesInTemp();

        assertThatThrownBy(() -> CreditTransferFile.writeValidated(batch, List.of(tooLarge).iterator(), CLOCK))
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.key()).isEqualTo("bank.file.invalid"));
        assertThat(pain001FilesInTemp()).isEqualTo(before);
    }

    @Test
    void aLargeFileTheSchemaRefusesIsRefusedByTheValidatorsThreadAndLeavesNoFileBehind() throws Exception {
        int count = 8_000;
        // 19 digits before the point on the 6 001st transfer, and so in the header's sum, which the validator meets first
        BigDecimal huge = new BigDecimal("1000000000000000000.00");
        var batch = new TransferBatch("RUN-8K-BAD", "CIMR", FUND, LocalDate.of(2026, 12, 1), count,
                new BigDecimal("10.00").multiply(BigDecimal.valueOf(count - 1)).add(huge));
        Iterator<CreditTransfer> transfers = IntStream.range(0, count)
                .mapToObj(i -> transfer("PEN-" + i, i == 6_000 ? huge.toPlainString() : "10.00", "Retraité " + i,
                        "0117800000" + String.format("%012d", i)))
                .iterator();
        long before = pain001FilesInTemp();

        assertThatThrownBy(() -> CreditTransferFile.writeValidated(batch, transfers, CLOCK))
                .isInstanceOfSatisfying(Refusal.class, refusal -> {
                    assertThat(refusal.key()).isEqualTo("bank.file.invalid");
                    assertThat(refusal.arguments()[0].toString()).contains("cvc-totalDigits-valid", "19 total digits");
                });
        assertThat(pain001FilesInTemp()).isEqualTo(before);
    }

    @Test
    void aLargeFileWhoseTransfersDoNotAddUpIsNotFinished() throws Exception {
        int count = 3_000;
        var batch = new TransferBatch("RUN-3K-SUM", "CIMR", FUND, LocalDate.of(2026, 12, 1), count, new BigDecimal("1.00"));
        Iterator<CreditTransfer> transfers = IntStream.range(0, count)
                .mapToObj(i -> transfer("PEN-" + i, "10.00", "Retraité " + i, "0117800000" + String.format("%012d", i)))
                .iterator();
        long before = pain001FilesInTemp();

        assertThatThrownBy(() -> CreditTransferFile.writeValidated(batch, transfers, CLOCK))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("announces 3000 transfers for 1.00");
        assertThat(pain001FilesInTemp()).isEqualTo(before);
    }

    @Test
    void markupAndControlCharactersInANameStillMakeAFileABankCanParse() throws Exception {
        var odd = transfer("E1", "10.00", "Amrani\u0007 Fatima & fils <SARL> \"Sud\"", "0077800000000000000000");
        var batch = new TransferBatch("RUN-ODD", "CIMR", FUND, LocalDate.of(2026, 12, 1), 1, new BigDecimal("10.00"));

        var path = CreditTransferFile.writeValidated(batch, List.of(odd).iterator(), CLOCK);
        try (var in = java.nio.file.Files.newInputStream(path)) {
            CreditTransferFile.validate(in);
        }
        assertThat(java.nio.file.Files.readString(path)).contains("<Nm>Amrani  Fatima &amp; fils &lt;SARL&gt; &quot;Sud&quot;</Nm>");
        java.nio.file.Files.delete(path);
    }

    private static long pain001FilesInTemp() throws java.io.IOException {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(file -> file.getFileName().toString().startsWith("pain001-")).count();
        }
    }

    static CreditTransfer transfer(String id, String amount, String name, String twentyTwoDigits) {
        return new CreditTransfer(id, Money.of(amount), name, Rib.withKey(twentyTwoDigits), "Pension décembre 2026");
    }

    private static String written(TransferBatch batch, Iterator<CreditTransfer> transfers) {
        var out = new ByteArrayOutputStream();
        CreditTransferFile.write(batch, transfers, out, CLOCK);
        return out.toString(StandardCharsets.UTF_8);
    }
}
