-- E@sypaiement (DD033): Atlas Conserves asks two confirmations per payment order (demo-data.sql), so
-- it gets a second validator: its orderer orders, atlas.validateur and atlas.validateur2 confirm.
insert into user_account (login, password_hash, kind, display_name, email, company_id, teleservice, email_confirmed_at)
select 'atlas.validateur2', '$2a$10$mlCWOn6wvYDKc31RFObknOg42TR4hYxrDyFmHmybQfey3PdCXo11q', 'COMPANY_USER',
       'Second validateur E@sypaiement (' || c.legal_name || ')', 'atlas.validateur2@demo.example', c.id, 'PAYMENT', now()
from company c
where c.adherent_number = '100234';

insert into account_role (account_id, role)
select id, 'PAYMENT_VALIDATOR' from user_account where login = 'atlas.validateur2';

-- the same secret questions as the other company users (answers "Alaoui" and "Fès")
insert into account_secret_answer (account_id, position, question, answer_hash)
select ua.id, q.position, q.question, q.answer_hash
from user_account ua
join account_secret_answer q on q.account_id = (select id from user_account where login = 'atlas.validateur')
where ua.login = 'atlas.validateur2';
