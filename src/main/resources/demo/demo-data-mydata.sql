-- "Mes données" (DD041): a few sign-ins and staff openings of the demo affiliate's and retiree's
-- files, so that their access log reads as it will in use. Networks are documentation ranges.
insert into sign_in (account_id, signed_in_at, network, browser)
select ua.id, now() - s.ago, s.network, s.browser
from user_account ua
cross join (values (interval '3 days', '192.0.2.0/24', 'FIREFOX'),
                   (interval '12 days', '198.51.100.0/24', 'SAMSUNG'),
                   (interval '40 days', '192.0.2.0/24', 'CHROME')) as s (ago, network, browser)
where ua.login in ('10000001', 'DP0000001');

insert into staff_access (opened_at, staff_login, staff_name, subject_kind, subject_id, screen, reason, reason_text)
select now() - interval '5 days', 'agent1', ua.display_name, 'ACCOUNT', a.id,
       'backoffice/requests/' || (select min(reference) from service_request where requester_account_id = a.id),
       'REQUEST', 'Réponse à votre demande'
from user_account a, user_account ua
where a.login in ('10000001', 'DP0000001') and ua.login = 'agent1';

insert into staff_access (opened_at, staff_login, staff_name, subject_kind, subject_id, screen, reason, reason_text)
select now() - interval '20 days', 'superviseur', ua.display_name, 'RETIREE', r.id, 'backoffice/retiree-documents',
       'DOCUMENTS', 'Contrôle de votre certificat de vie'
from retiree r, user_account ua
where r.pension_file_number = 'DP0000001' and ua.login = 'superviseur';
