-- Reference data every deadline depends on: the public holidays of Morocco and the client
-- charter's numbered service commitments. Both are data the fund edits, not code.

create table public_holiday (
    holiday_date  date    primary key,
    kind          text    not null check (kind in ('FIXED', 'ISLAMIC')),
    label_fr      text    not null,
    label_ar      text    not null,
    label_en      text    not null,
    -- Islamic holidays follow the moon: the dates seeded here are estimates until the
    -- administrator confirms the official announcement.
    estimated     boolean not null default false
);

insert into public_holiday (holiday_date, kind, label_fr, label_ar, label_en)
select make_date(y, h.month, h.day), 'FIXED', h.label_fr, h.label_ar, h.label_en
from generate_series(2024, 2035) as y
cross join (values
    (1, 1, 'Nouvel an', 'رأس السنة الميلادية', 'New Year''s Day', 2024),
    (1, 11, 'Manifeste de l''indépendance', 'ذكرى تقديم وثيقة الاستقلال', 'Independence Manifesto Day', 2024),
    (1, 14, 'Nouvel an amazigh', 'رأس السنة الأمازيغية', 'Amazigh New Year', 2024),
    (5, 1, 'Fête du travail', 'عيد الشغل', 'Labour Day', 2024),
    (7, 30, 'Fête du trône', 'عيد العرش', 'Throne Day', 2024),
    (8, 14, 'Allégeance Oued Eddahab', 'ذكرى استرجاع وادي الذهب', 'Oued Ed-Dahab Day', 2024),
    (8, 20, 'Révolution du roi et du peuple', 'ذكرى ثورة الملك والشعب', 'Revolution of the King and the People', 2024),
    (8, 21, 'Fête de la jeunesse', 'عيد الشباب', 'Youth Day', 2024),
    (10, 31, 'Fête de l''unité', 'عيد الوحدة', 'Unity Day', 2025),
    (11, 6, 'Marche verte', 'ذكرى المسيرة الخضراء', 'Green March Day', 2024),
    (11, 18, 'Fête de l''indépendance', 'عيد الاستقلال', 'Independence Day', 2024)
) as h(month, day, label_fr, label_ar, label_en, from_year)
where y >= h.from_year;

insert into public_holiday (holiday_date, kind, label_fr, label_ar, label_en, estimated)
select d, 'ISLAMIC', h.label_fr, h.label_ar, h.label_en, true
from (values
    ('Aïd Al Fitr', 'عيد الفطر', 'Eid al-Fitr',
        array['2024-04-10', '2024-04-11', '2025-03-31', '2025-04-01', '2026-03-20', '2026-03-21',
              '2027-03-10', '2027-03-11', '2028-02-27', '2028-02-28', '2029-02-14', '2029-02-15',
              '2030-02-04', '2030-02-05']::date[]),
    ('Aïd Al Adha', 'عيد الأضحى', 'Eid al-Adha',
        array['2024-06-17', '2024-06-18', '2025-06-07', '2025-06-08', '2026-05-27', '2026-05-28',
              '2027-05-17', '2027-05-18', '2028-05-05', '2028-05-06', '2029-04-24', '2029-04-25',
              '2030-04-13', '2030-04-14']::date[]),
    ('1er Moharram', 'فاتح محرم', 'Islamic New Year',
        array['2024-07-08', '2025-06-27', '2026-06-17', '2027-06-06', '2028-05-25', '2029-05-14',
              '2030-05-03']::date[]),
    ('Aïd Al Mawlid', 'عيد المولد النبوي', 'Mawlid',
        array['2024-09-16', '2024-09-17', '2025-09-05', '2025-09-06', '2026-08-26', '2026-08-27',
              '2027-08-15', '2027-08-16', '2028-08-03', '2028-08-04', '2029-07-24', '2029-07-25',
              '2030-07-13', '2030-07-14']::date[])
) as h(label_fr, label_ar, label_en, dates)
cross join unnest(h.dates) as d
on conflict (holiday_date) do nothing;

-- The charter's annex: what the fund promises each population, numbered as in the charter.
-- deadline_business_days is null where the promise is a calendar rule, not a delay.
create table service_commitment (
    id                      bigint generated always as identity primary key,
    population              text     not null check (population in ('RETIREE', 'AFFILIATE', 'COMPANY')),
    number                  smallint not null check (number > 0),
    label_fr                text     not null,
    label_ar                text     not null,
    label_en                text     not null,
    deadline_business_days  smallint check (deadline_business_days > 0),
    unique (population, number)
);

insert into service_commitment (population, number, deadline_business_days, label_fr, label_ar, label_en) values
('RETIREE', 1, null,
 'Paiement des pensions aux banques le premier jour de chaque mois.',
 'أداء المعاشات للأبناك في اليوم الأول من كل شهر.',
 'Pensions paid to the banks on the first day of each month.'),
('RETIREE', 2, 4,
 'Paiement de la première pension dans un délai de 4 jours ouvrés après activation de la carte RAHATI.',
 'أداء المعاش الأول داخل أجل 4 أيام عمل بعد تفعيل بطاقة راحتي.',
 'First pension paid within 4 business days after the RAHATI card is activated.'),
('RETIREE', 3, null,
 'Transfert aux banques de la pension révisée le premier jour du mois suivant un règlement de l''adhérent effectué avant le 20 du mois en cours.',
 'تحويل المعاش المراجع إلى الأبناك في اليوم الأول من الشهر الموالي لأداء المنخرط قبل يوم 20 من الشهر الجاري.',
 'Revised pension transferred to the banks on the first day of the next month when the member company paid before the 20th of the current month.'),
('RETIREE', 4, null,
 'Prise en compte d''un changement de mode de paiement ou de coordonnées bancaires lors du règlement suivant pour une demande formulée avant le 15 du mois en cours.',
 'أخذ تغيير طريقة الأداء أو المعطيات البنكية بعين الاعتبار في الأداء الموالي لكل طلب قدم قبل يوم 15 من الشهر الجاري.',
 'A change of payment mode or bank details applies from the next payment when requested before the 15th of the current month.'),
('RETIREE', 5, 3,
 'Réalisation d''un changement d''adresse ou de situation familiale dans un délai de 3 jours ouvrés après réception de la demande au niveau du siège.',
 'إنجاز تغيير العنوان أو الوضعية العائلية داخل أجل 3 أيام عمل بعد توصل المقر بالطلب.',
 'A change of address or family situation made within 3 business days after the request reaches head office.'),
('RETIREE', 6, null,
 'Mise à disposition des attestations de pension pour usage fiscal au plus tard le 05 Janvier de chaque année.',
 'توفير شواهد المعاش للاستعمال الضريبي في أجل أقصاه 5 يناير من كل سنة.',
 'Pension certificates for tax purposes available by 5 January each year at the latest.'),
('RETIREE', 7, 4,
 'Analyse et réponse aux réclamations dans un délai de 4 jours ouvrés excepté celles relatives aux pensions virées sur des comptes bancaires hors Maroc.',
 'دراسة الشكايات والرد عليها داخل أجل 4 أيام عمل باستثناء تلك المتعلقة بالمعاشات المحولة إلى حسابات بنكية خارج المغرب.',
 'Complaints analysed and answered within 4 business days, except those about pensions paid into bank accounts outside Morocco.'),
('RETIREE', 8, 2,
 'Réponse aux demandes d''informations reçues par e-mail dans un délai de 2 jours ouvrés.',
 'الرد على طلبات المعلومات الواردة عبر البريد الإلكتروني داخل أجل يومي عمل.',
 'Requests for information received by e-mail answered within 2 business days.'),
('AFFILIATE', 1, 7,
 'Mise à jour des informations dans un délai de 7 jours ouvrés après réception du dossier complet au niveau du siège.',
 'تحيين المعلومات داخل أجل 7 أيام عمل بعد توصل المقر بالملف الكامل.',
 'Information updated within 7 business days after the complete file reaches head office.'),
('AFFILIATE', 2, 3,
 'Traitement des demandes d''abonnement au site dans un délai de 3 jours ouvrés.',
 'معالجة طلبات الاشتراك في الموقع داخل أجل 3 أيام عمل.',
 'Requests to subscribe to the website processed within 3 business days.'),
('AFFILIATE', 3, 4,
 'Mise à jour du relevé de points dans un délai de 4 jours ouvrés après confirmation par la banque de l''encaissement couvrant l''échéance concernée.',
 'تحيين كشف النقط داخل أجل 4 أيام عمل بعد تأكيد البنك لاستخلاص الأداء المتعلق بالاستحقاق المعني.',
 'Points statement updated within 4 business days after the bank confirms the payment covering the due period.'),
('AFFILIATE', 4, 8,
 'Traitement d''une demande d''achat de points dans un délai de 8 jours ouvrés après réception d''un règlement identifié.',
 'معالجة طلب شراء النقط داخل أجل 8 أيام عمل بعد التوصل بأداء محدد الهوية.',
 'A points buy-back request processed within 8 business days after an identified payment is received.'),
('AFFILIATE', 5, 4,
 'Analyse et réponse aux réclamations dans un délai de 4 jours ouvrés.',
 'دراسة الشكايات والرد عليها داخل أجل 4 أيام عمل.',
 'Complaints analysed and answered within 4 business days.'),
('AFFILIATE', 6, 4,
 'Réponse aux e-mails dans un délai de 4 jours ouvrés.',
 'الرد على الرسائل الإلكترونية داخل أجل 4 أيام عمل.',
 'E-mails answered within 4 business days.'),
('COMPANY', 1, 4,
 'Validation des demandes d''abonnement aux téléservices dans un délai de 4 jours ouvrés après réception du dossier complet au niveau du siège.',
 'المصادقة على طلبات الاشتراك في الخدمات عن بعد داخل أجل 4 أيام عمل بعد توصل المقر بالملف الكامل.',
 'Subscriptions to the téléservices validated within 4 business days after the complete file reaches head office.'),
('COMPANY', 2, 2,
 'Traitement des déclarations de salaires dans un délai de 2 jours ouvrés.',
 'معالجة التصريحات بالأجور داخل أجل يومي عمل.',
 'Salary declarations processed within 2 business days.'),
('COMPANY', 3, 4,
 'Traitement des rappels dans un délai de 4 jours ouvrés après réception de la demande.',
 'معالجة طلبات الاستدراك داخل أجل 4 أيام عمل بعد التوصل بالطلب.',
 'Contribution recalls processed within 4 business days after the request is received.'),
('COMPANY', 4, 4,
 'Traitement des annulations dans un délai de 4 jours ouvrés.',
 'معالجة طلبات الإلغاء داخل أجل 4 أيام عمل.',
 'Cancellations processed within 4 business days.'),
('COMPANY', 5, 3,
 'Mise à jour du compte adhérent dans un délai de 3 jours ouvrés après réception de la déclaration ou confirmation du règlement par la banque.',
 'تحيين حساب المنخرط داخل أجل 3 أيام عمل بعد التوصل بالتصريح أو تأكيد البنك للأداء.',
 'Member company account updated within 3 business days after the declaration is received or the bank confirms the payment.'),
('COMPANY', 6, 5,
 'Traitement des demandes d''adhésion dans un délai de 5 jours ouvrés.',
 'معالجة طلبات الانخراط داخل أجل 5 أيام عمل.',
 'Membership applications processed within 5 business days.'),
('COMPANY', 7, 5,
 'Traitement des demandes d''extension d''adhésion dans un délai de 5 jours ouvrés.',
 'معالجة طلبات توسيع الانخراط داخل أجل 5 أيام عمل.',
 'Membership extension requests processed within 5 business days.'),
('COMPANY', 8, 5,
 'Traitement d''une demande de changement de taux dans un délai de 5 jours ouvrés.',
 'معالجة طلب تغيير نسبة الاشتراك داخل أجل 5 أيام عمل.',
 'A change of contribution rate processed within 5 business days.'),
('COMPANY', 9, 5,
 'Traitement d''une demande de souscription aux options « Moubakkir » et « Mousabbak » dans un délai de 5 jours ouvrés.',
 'معالجة طلب الاكتتاب في خياري «مبكر» و«مسبق» داخل أجل 5 أيام عمل.',
 'A subscription to the "Moubakkir" and "Mousabbak" options processed within 5 business days.'),
('COMPANY', 10, 4,
 'Analyse et réponse aux réclamations dans un délai de 4 jours ouvrés.',
 'دراسة الشكايات والرد عليها داخل أجل 4 أيام عمل.',
 'Complaints analysed and answered within 4 business days.'),
('COMPANY', 11, 4,
 'Réponse aux emails dans un délai de 4 jours ouvrés.',
 'الرد على الرسائل الإلكترونية داخل أجل 4 أيام عمل.',
 'E-mails answered within 4 business days.');
