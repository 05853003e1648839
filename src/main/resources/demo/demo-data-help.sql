-- Listening (DD042): last quarter's satisfaction survey, closed, with the answers of demo
-- affiliates, retirees and company users, so the charter dashboard (backoffice/dashboard) shows its
-- averages per question and space; and a few suggestions in the box (backoffice/suggestions), some
-- to read, one read, one answered. No survey is open: `admin` opens one at backoffice/surveys, and
-- each signed-in person of the four spaces is then invited once. Illustrative answers.

with period as (
    insert into survey (opens_on, closes_on, opened_by, opened_at)
    values (current_date - 75, current_date - 46, 'admin', (current_date - 76) + time '09:30')
    returning id
)
insert into survey_question (survey_id, position, text_fr, text_ar, text_en)
select period.id, q.position, q.fr, q.ar, q.en
from period, (values
    (1, 'Trouvez-vous facilement sur le portail ce que vous venez y faire ?',
        'هل تجدون بسهولة في البوابة ما جئتم من أجله؟', 'Do you easily find on the portal what you come to do?'),
    (2, 'Vos demandes sont-elles traitées dans les délais annoncés ?',
        'هل تُعالَج طلباتكم داخل الآجال المعلنة؟', 'Are your requests handled within the announced deadlines?'),
    (3, 'Les informations que vous recevez sont-elles claires et utiles ?',
        'هل المعلومات التي تتوصلون بها واضحة ومفيدة؟', 'Is the information you receive clear and useful?')
) as q(position, fr, ar, en);

-- who was invited, and who answered (four in five); the answers below name nobody
insert into survey_participation (survey_id, account_id, invited_at, answered_at)
select s.id, a.id, (current_date - 75 + (a.id % 20)::int) + time '10:00',
       case when a.id % 5 <> 0 then (current_date - 75 + (a.id % 20)::int) + time '10:04' end
from survey s
join (
    (select id from user_account where kind = 'AFFILIATE' order by id limit 40)
    union all (select id from user_account where kind = 'RETIREE' order by id limit 20)
    union all (select id from user_account where kind in ('DELEGATE', 'COMPANY_USER') order by id limit 12)
) a on true
where s.opened_by = 'admin' and s.opens_on = current_date - 75;

with period as (
    select id from survey where opened_by = 'admin' and opens_on = current_date - 75
), answered as (
    select case u.kind when 'COMPANY_USER' then 'COMPANY' else u.kind end as space,
           row_number() over (order by p.answered_at, p.account_id) as n
    from survey_participation p
    join user_account u on u.id = p.account_id
    join period on period.id = p.survey_id
    where p.answered_at is not null
), responses as (
    insert into survey_response (survey_id, space, comment)
    select period.id, answered.space,
           case answered.n % 9
               when 1 then 'Le relevé de points en PDF est très pratique.'
               when 4 then 'La réponse à ma demande a pris plus de temps que prévu.'
               when 7 then 'الموقع واضح، لكن أتمنى تطبيقًا للهاتف.'
           end
    from answered, period
    returning id, survey_id, space
)
insert into survey_answer (response_id, survey_id, position, score)
select r.id, r.survey_id, q.position,
       -- mostly satisfied; deadlines (question 2) a little less, retirees a little more
       least(5, greatest(1, 2 + ((r.id * 7 + q.position * 5) % 4)
           - case when q.position = 2 then 1 else 0 end
           + case when r.space = 'RETIREE' and (r.id % 2) = 0 then 1 else 0 end))
from responses r
cross join (values (1), (2), (3)) as q(position);

insert into suggestion (received_at, space, category, text, contact, status, handled_by, handled_at) values
    (now() - interval '2 days 3 hours', 'AFFILIATE', 'PORTAL',
     'Pouvoir télécharger mon relevé de points chaque année par e-mail, sans me connecter.', 'affilie1@demo.example',
     'NEW', null, null),
    (now() - interval '5 days', 'RETIREE', 'SERVICE',
     'أقترح تذكيرًا بالرسائل القصيرة قبل انتهاء صلاحية شهادة الحياة بشهرين بدل شهر واحد.', null, 'NEW', null, null),
    (now() - interval '9 days', 'PUBLIC', 'INFORMATION',
     'Un guide vidéo pour la première télédéclaration par fichier serait utile aux petites entreprises.',
     '+212612345678', 'NEW', null, null),
    (now() - interval '16 days', 'COMPANY', 'PORTAL',
     'Afficher le total des cotisations de l''année sur la page du compte adhérent.', null, 'READ', 'agent1',
     now() - interval '15 days'),
    (now() - interval '27 days', 'DELEGATE', 'SERVICE',
     'Recevoir une copie de chaque e-mail envoyé à nos utilisateurs de téléservices.', 'atlas.delegue@demo.example',
     'ANSWERED', 'agent2', now() - interval '24 days');
