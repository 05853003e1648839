package ma.cimr.teleservices.pensionrun;

import ma.cimr.teleservices.bank.Bank;
import ma.cimr.teleservices.bank.BankPurpose;
import ma.cimr.teleservices.bank.CreditTransfer;
import ma.cimr.teleservices.bank.CreditTransferFile;
import ma.cimr.teleservices.bank.SentMessage;
import ma.cimr.teleservices.bank.TransferBatch;
import ma.cimr.teleservices.pensionrun.repository.PensionRunRepository;
import ma.cimr.teleservices.pensionrun.repository.PensionRunRepository.BankShare;
import ma.cimr.teleservices.pensionrun.repository.PensionRunRepository.RunState;
import ma.cimr.teleservices.pensionrun.repository.PensionRunRepository.TransferRow;
import ma.cimr.teleservices.shared.BusinessCalendar;
import ma.cimr.teleservices.shared.value.Money;
import ma.cimr.teleservices.shared.value.Rib;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

/**
 * The run's payments as ISO 20022 pain.001 files, one per bank, streamed from the database and
 * validated against the schema before the bank gets them. RAHATI card payments go in the file of
 * the card issuer's bank, to the issuer's account, the card named in the remittance information
 * (DD037). A file is sent and recorded in one transaction under the run's lock, so a bank gets its
 * share of a month once.
 */
@Component
class BankFiles {

    private static final Logger log = LoggerFactory.getLogger(BankFiles.class);

    private final PensionRunRepository runs;
    private final Bank bank;
    private final PaymentAccounts accounts;
    private final TransactionTemplate transaction;
    private final Clock clock;

    BankFiles(PensionRunRepository runs, Bank bank, PaymentAccounts accounts, TransactionTemplate transaction,
              Clock clock) {
        this.runs = runs;
        this.bank = bank;
        this.accounts = accounts;
        this.transaction = transaction;
        this.clock = clock;
    }

    String rahatiBankCode() {
        return accounts.rahatiBankCode();
    }

    /** Sends each bank's share of the month that has no file yet, one bank per transaction. */
    void sendRun(LocalDate period) {
        while (Boolean.TRUE.equals(transaction.execute(status -> sendNextShare(period)))) {
            // each file commits with its record
        }
    }

    private boolean sendNextShare(LocalDate period) {
        RunState state = runs.lock(period).orElseThrow();
        if (state.status() != RunStatus.SENDING) {
            return false;
        }
        List<BankShare> shares = runs.unsentShares(period, rahatiBankCode());
        if (shares.isEmpty()) {
            return false;
        }
        BankShare share = shares.getFirst();
        send("PR-" + YearMonth.from(period) + "-" + share.bankCode(), share, state.executionDate(),
                runs.transfers(period, share.bankCode(), rahatiBankCode()), period, null);
        return true;
    }

    /** Writes, validates, sends and records one file; within the caller's transaction. */
    void send(String messageId, BankShare share, LocalDate executionDate, Stream<TransferRow> rows,
              @Nullable LocalDate period, @Nullable Long catchUpId) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), BusinessCalendar.ZONE);
        TransferBatch batch = new TransferBatch(messageId, accounts.fundHolder(), accounts.fundAccount(),
                executionDate.isBefore(today) ? today : executionDate, share.transfers(), share.controlSum());
        Path file;
        long start = System.nanoTime();
        try (rows) {
            file = CreditTransferFile.writeValidated(batch, rows.map(this::transfer).iterator(), clock);
        }
        try {
            long written = System.nanoTime();
            SentMessage sent = bank.send(BankPurpose.PENSION_RUN, share.bankCode(), batch, file);
            runs.recordFile(messageId, period, catchUpId, share, sent.sentAt());
            log.info("{}: {} transfers written and validated in {} ms, sent in {} ms", messageId, share.transfers(),
                    (written - start) / 1_000_000, (System.nanoTime() - written) / 1_000_000);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private CreditTransfer transfer(TransferRow row) {
        String rib = row.rib();
        String month = YearMonth.from(row.duePeriod()).toString();
        return new CreditTransfer(EndToEndIds.of(row.pensionFileNumber(), row.duePeriod()), Money.of(row.netAmount()),
                row.firstName() + " " + row.lastName(), rib == null ? accounts.rahatiAccount() : new Rib(rib),
                (rib == null ? "CIMR RAHATI " : "CIMR pension ") + row.pensionFileNumber() + " " + month);
    }
}
