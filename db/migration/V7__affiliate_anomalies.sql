-- An affiliate reports an anomaly on a line of their points statement (matricule, rights, name,
-- birth date, a missing period): a service request under the charter's "information updated within
-- 7 business days" commitment, tied to the employer named on the line, who is told.
insert into request_type (code, population, commitment_id, team, complaint_scheme, label_fr, label_ar, label_en)
select 'AFFILIATE_ANOMALY', 'AFFILIATE', c.id, 'AFFILIATES', null,
       'Anomalie sur mon relevé de points', 'خلل في كشف نقطي', 'Anomaly on my points statement'
from service_commitment c
where c.population = 'AFFILIATE' and c.number = 1;

