-- Buy-backs started by the bank's confirmation (DD040): affiliate 10000001 asked two days ago for a
-- 5 000 DH buy-back (its payment reference: RA, the number, the key), priced as BuyBacks prices it
-- (amount ÷ this year's point price, the factor × the purchase value in force); the bank then
-- notified a 5 000 DH transfer whose payer wrote no reference, which waits for an agent on
-- backoffice/buy-back-payments. Identifying it with the buy-back files the n°4 and n°3 requests.
with number as (
    select nextval('buy_back_number') as n
), price as (
    select extract(year from now())::int as year,
           (select value from pension_scalar_parameter
            where code = 'POINT_PRICE_FACTOR' and applies_from <= extract(year from now())
            order by applies_from desc limit 1)
         * (select value from point_purchase_value where applies_from <= extract(year from now())
            order by applies_from desc limit 1) as point_price
)
insert into buy_back (affiliate_id, account_id, payment_reference, year, point_price, points, amount, language, asked_at)
select ua.affiliate_id, ua.id, 'RA' || lpad(number.n::text, 8, '0') || lpad((97 - (number.n * 100) % 97)::text, 2, '0'),
       price.year, price.point_price, round(5000.00 / price.point_price, 2), 5000.00, 'fr',
       date_trunc('minute', now() - interval '2 days')
from user_account ua cross join number cross join price
where ua.login = '10000001';

-- the bank's notice, delivered already: the buy-backs read it as a payment nobody's reference names
insert into bank_incoming_credit (entry_id, reference, amount, value_date, payer_name, received_at, delivered_at)
select 'SBX-CR-' || lpad(nextval('bank_sandbox_credit_number')::text, 8, '0'), 'VIREMENT RACHAT POINTS MATRICULE 10000001',
       5000.00, current_date - 1, upper(a.last_name || ' ' || a.first_name), date_trunc('minute', now() - interval '20 hours'),
       date_trunc('minute', now() - interval '20 hours')
from affiliate a where a.matricule = '10000001';

insert into buy_back_payment (bank_entry_id, reference, amount, value_date, payer_name, received_at)
select entry_id, reference, amount, value_date, payer_name, received_at from bank_incoming_credit
where reference = 'VIREMENT RACHAT POINTS MATRICULE 10000001';
