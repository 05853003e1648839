-- The amount a pension is paid is the latest event's (DD046): a July revaluation applied after the
-- pension's latest recorded revision (computed, then, from the revised amount), or else
-- retiree.monthly_amount, which a revision sets. A revaluation remembers when it was applied so the
-- two can be ordered; those applied before this column existed take their run's start.
alter table pension_revaluation_applied add column applied_at timestamptz;
update pension_revaluation_applied a set applied_at = r.started_at from pension_run r where r.due_period = a.due_period;
alter table pension_revaluation_applied alter column applied_at set not null;

create or replace view pension_current_amount as
select r.id as retiree_id,
       case when a.amount_after is not null and a.applied_at >= coalesce(v.recorded_at, '-infinity')
            then a.amount_after else r.monthly_amount end as monthly_amount
from retiree r
left join lateral (select amount_after, applied_at from pension_revaluation_applied
                   where retiree_id = r.id order by applies_from desc limit 1) a on true
left join lateral (select max(recorded_at) as recorded_at from pension_revision
                   where retiree_id = r.id and recorded_at is not null) v on true;
