-- Staff can give up a failed message for good (issue 14: a FAILED e-mail was only a log line). Its
-- content is erased like a delivered one's: it may hold an activation link or a code.
alter table outbox_message drop constraint outbox_message_status_check;
alter table outbox_message add constraint outbox_message_status_check
    check (status in ('PENDING', 'SENT', 'FAILED', 'ABANDONED'));
