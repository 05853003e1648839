-- E@sypaiement (DD033, amended by DD040): an order may ask more than a period still owes only with
-- the orderer's reason, which the validators read before confirming and the receipt prints.
alter table payment_order add column above_due_reason text
    check (above_due_reason is null or length(trim(above_due_reason)) between 1 and 500);
