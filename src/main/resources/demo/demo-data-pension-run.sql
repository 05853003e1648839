-- The monthly pension run (DD037). The demo's RAHATI cards that have been paid were activated when
-- their pensions started: the run keeps paying them (a card never activated is not paid, since the
-- money would have nowhere to go; a newly liquidated one waits for its activation, then its
-- catch-up payment). The only retiree column the run writes.
update retiree r set rahati_card_activated_on = r.pension_start
where r.payment_mode = 'RAHATI_CARD' and r.rahati_card_activated_on is null
  and exists (select 1 from pension_payment p where p.retiree_id = r.id);
