-- The documents to provide with each kind of request, shown before filing (issue 16; the charter
-- asks the fund to state the documents to provide and to ask only for those that are indispensable).
-- A kind with no row asks for none, and the form says so. The lists below are the fund's usual
-- ones, to be confirmed by its services; features add rows for the request types they create.
create table request_type_document (
    type_code  text     not null references request_type (code),
    position   smallint not null check (position > 0),
    label_fr   text     not null,
    label_ar   text     not null,
    label_en   text     not null,
    primary key (type_code, position)
);

insert into request_type_document (type_code, position, label_fr, label_ar, label_en) values
    ('RETIREE_REVISION', 1, 'Le document qui fonde la révision demandée (par exemple un bulletin de salaire ou une attestation de travail non pris en compte)',
     'الوثيقة التي تبرر المراجعة المطلوبة (مثلًا ورقة أداء أو شهادة عمل لم تؤخذ بعين الاعتبار)',
     'The document the revision rests on (for instance a pay slip or a work certificate not taken into account)'),
    ('RETIREE_PAYMENT_CHANGE', 1, 'Un relevé d''identité bancaire (RIB) du nouveau compte, à votre nom',
     'بيان الهوية البنكية (RIB) للحساب الجديد، باسمكم', 'A bank details slip (RIB) of the new account, in your name'),
    ('RETIREE_PERSONAL_CHANGE', 1, 'Pour un changement de situation familiale : l''acte qui l''établit (acte de mariage, de décès, jugement de divorce) ; pour une adresse : aucun',
     'بالنسبة لتغيير الوضعية العائلية: العقد الذي يثبته (عقد زواج، شهادة وفاة، حكم طلاق)؛ بالنسبة للعنوان: لا شيء',
     'For a change of family situation: the deed that establishes it (marriage or death certificate, divorce judgment); for an address: none'),
    ('AFFILIATE_UPDATE', 1, 'Pour un changement d''identité : une copie de votre CIN ; pour des coordonnées : aucun',
     'بالنسبة لتغيير الهوية: نسخة من بطاقتكم الوطنية؛ بالنسبة لمعلومات الاتصال: لا شيء',
     'For a change of identity: a copy of your CIN; for contact details: none'),
    ('AFFILIATE_STATEMENT', 1, 'Les bulletins de salaire ou attestations de travail des périodes absentes de votre relevé',
     'أوراق الأداء أو شهادات العمل الخاصة بالفترات الغائبة عن كشفكم',
     'The pay slips or work certificates of the periods missing from your statement'),
    ('COMPANY_ACCOUNT_UPDATE', 1, 'L''avis de virement ou le relevé bancaire du paiement concerné',
     'إشعار التحويل أو الكشف البنكي للأداء المعني', 'The transfer advice or bank statement of the payment concerned');
